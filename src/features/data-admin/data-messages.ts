import type { Role } from '@/api/admin-schemas';
import type { Language } from '@/domain/i18n/language';

/**
 * Every word of the data page (/data), in both languages: this catalogue rides in the page's own lazy chunk, so the
 * public pages' first paint carries none of it. Only the header's 数据管理 link and the preview banner live in
 * src/domain/i18n (the public pages show them). Typed by one interface: a key missing in English fails the typecheck.
 */
export interface DataMessages {
  pageTitle: string;
  backToDashboard: string;
  // The demo and the offline file: no data service behind the page.
  demoTitle: string;
  demoBody: string;
  demoStartLabel: string;
  demoUserLabel: string;
  demoThen: string;
  // Signing in.
  loading: string;
  sessionFailed: string;
  signInHeading: string;
  signInIntro: string;
  nameLabel: string;
  passwordLabel: string;
  signIn: string;
  signingIn: string;
  signInFailed: string;
  signedInAs: string;
  roleName: Record<Role, string>;
  signOut: string;
  signOutFailed: string;
  signInAgain: string;
  // Upload.
  uploadHeading: string;
  uploadIntro: string;
  dropHint: string;
  chooseFile: string;
  chosenFile: (name: string, size: string) => string;
  noteLabel: string;
  uploadSubmit: string;
  uploading: (name: string) => string;
  uploadFailed: string;
  fileMissing: string;
  fileTooLarge: (name: string, size: string) => string;
  fileWrongType: (name: string) => string;
  megabytes: (size: string) => string;
  // The validation report (422).
  problemsHeading: (count: number) => string;
  problemsTable: string;
  columnSheet: string;
  columnCell: string;
  columnCellText: string;
  columnProblem: string;
  emptyCell: string;
  // A draft and what it changes.
  draftSaved: (revision: number) => string;
  draftHeading: (revision: number) => string;
  compareHeading: (current: number, revision: number) => string;
  closeView: string;
  changedHeading: string;
  addedHeading: string;
  removedHeading: string;
  removedIndicatorsHeading: string;
  noChanges: string;
  columnIndicator: string;
  columnDate: string;
  columnUnit: string;
  columnChange: string;
  columnValue: string;
  atLeast: string;
  newSource: string;
  warningsHeading: string;
  needsCheck: string;
  notice: string;
  acknowledge: string;
  // Preview.
  previewHeading: string;
  previewIntro: string;
  previewDashboard: string;
  previewScreen: string;
  previewReport: string;
  opensInNewTab: string;
  // Publish.
  publishHeading: string;
  publishNote: string;
  publish: string;
  publishing: string;
  published: (revision: number) => string;
  publishFailed: string;
  waitingForPublisher: string;
  // Drafts waiting and the history.
  draftsHeading: string;
  noDrafts: string;
  open: string;
  openToPublish: string;
  historyHeading: string;
  historyFailed: string;
  columnRevision: string;
  columnStatus: string;
  columnBy: string;
  columnWhen: string;
  columnNote: string;
  columnFile: string;
  columnActions: string;
  statusCurrent: string;
  statusPublished: string;
  statusDraft: string;
  revisionLabel: (revision: number) => string;
  compareWithCurrent: string;
  compareFailed: string;
  rollback: string;
  rollbackHeading: (revision: number) => string;
  rollbackBody: string;
  rollbackNote: string;
  confirmRollback: string;
  rollingBack: string;
  rolledBack: (revision: number) => string;
  rollbackFailed: string;
  cancel: string;
  // The template.
  templateHeading: string;
  templateIntro: string;
  templateDownload: string;
  templatePreparing: string;
  templateFailed: string;
  // What went wrong, by the service's error code; anything else falls back to the service's own message.
  errorCodes: Record<string, string>;
  networkFailed: string;
  sessionEnded: string;
  badAnswer: string;
  retry: string;
}

const zh: DataMessages = {
  pageTitle: '数据管理',
  backToDashboard: '返回仪表盘',
  demoTitle: '修改数据需要数据服务',
  demoBody:
    '这是演示版：数据由本机内置，无法在这里修改、预览或发布。统计人员要上传 Excel 工作簿、核对并发布新数据，需要运行本项目的数据服务。',
  demoStartLabel: '1. 构建并启动数据服务（仪表盘与数据接口在同一端口，默认 http://localhost:4180）：',
  demoUserLabel: '2. 添加一位可以发布数据的人员（命令会要求设置密码）：',
  demoThen: '3. 在浏览器中打开数据服务上的 /data 页面，用该名称和密码登录。',
  loading: '正在加载…',
  sessionFailed: '无法确认登录状态',
  signInHeading: '登录',
  signInIntro: '只有经授权的人员可以修改数据；每次修改都会记录操作人。账号由管理员在命令行中创建。',
  nameLabel: '名称',
  passwordLabel: '密码',
  signIn: '登录',
  signingIn: '正在登录…',
  signInFailed: '登录失败',
  signedInAs: '当前用户',
  roleName: { editor: '编辑', publisher: '发布人' },
  signOut: '退出登录',
  signOutFailed: '退出登录失败',
  signInAgain: '重新登录',
  uploadHeading: '上传',
  uploadIntro:
    '上传在 Excel、WPS 或 LibreOffice 中修改过的工作簿（.xlsx）或 CSV 文件，不超过 10 MB。文件先经检查，保存为草稿，不会直接发布。',
  dropHint: '把文件拖到这里，或',
  chooseFile: '选择文件（.xlsx 或 .csv）',
  chosenFile: (name, size) => `已选择：${name}（${size}）`,
  noteLabel: '说明（可选）',
  uploadSubmit: '上传并检查',
  uploading: (name) => `正在上传并检查 ${name}…`,
  uploadFailed: '上传失败',
  fileMissing: '请先选择要上传的文件。',
  fileTooLarge: (name, size) => `${name} 有 ${size}，超过 10 MB 的上限，没有上传。`,
  fileWrongType: (name) => `${name} 不是 .xlsx 或 .csv 文件，没有上传。请在 Excel 中另存为“Excel 工作簿 (.xlsx)”。`,
  megabytes: (size) => `${size} MB`,
  problemsHeading: (count) => `发现 ${count} 处问题，未保存任何内容。请在 Excel 中修改后重新上传。`,
  problemsTable: '文件中的问题',
  columnSheet: '工作表',
  columnCell: '单元格',
  columnCellText: '单元格内容',
  columnProblem: '问题',
  emptyCell: '（空）',
  draftSaved: (revision) => `第 ${revision} 版草稿已保存`,
  draftHeading: (revision) => `第 ${revision} 版草稿`,
  compareHeading: (current, revision) => `第 ${revision} 版与当前第 ${current} 版的差异`,
  closeView: '关闭',
  changedHeading: '修改的数值',
  addedHeading: '新增的观测值',
  removedHeading: '删除的观测值',
  removedIndicatorsHeading: '删除的指标',
  noChanges: '数值没有变化。',
  columnIndicator: '指标',
  columnDate: '日期',
  columnUnit: '单位',
  columnChange: '原值 → 新值',
  columnValue: '数值',
  atLeast: '以上',
  newSource: '来源：',
  warningsHeading: '提示',
  needsCheck: '需核对',
  notice: '说明',
  acknowledge: '我已核对以上提示',
  previewHeading: '预览',
  previewIntro: '在新标签页中查看这份草稿的效果；只有已登录的人能看到草稿。',
  previewDashboard: '预览仪表盘',
  previewScreen: '预览大屏',
  previewReport: '预览报告',
  opensInNewTab: '（在新标签页打开）',
  publishHeading: '发布',
  publishNote: '发布说明（可选）',
  publish: '发布',
  publishing: '正在发布…',
  published: (revision) => `第 ${revision} 版已发布，公开页面现在显示这一版的数据。`,
  publishFailed: '发布失败',
  waitingForPublisher: '等待发布人发布',
  draftsHeading: '待发布的草稿',
  noDrafts: '没有待发布的草稿。',
  open: '打开',
  openToPublish: '发布…',
  historyHeading: '历史版本',
  historyFailed: '版本列表加载失败',
  columnRevision: '版本',
  columnStatus: '状态',
  columnBy: '操作人',
  columnWhen: '时间',
  columnNote: '说明',
  columnFile: '文件',
  columnActions: '操作',
  statusCurrent: '当前',
  statusPublished: '已发布',
  statusDraft: '草稿',
  revisionLabel: (revision) => `第 ${revision} 版`,
  compareWithCurrent: '与当前版本比较',
  compareFailed: '比较失败',
  rollback: '回滚',
  rollbackHeading: (revision) => `回滚到第 ${revision} 版？`,
  rollbackBody: '公开页面将立即改为显示这一版的数据。之后仍可发布其他版本或再次回滚。',
  rollbackNote: '回滚说明（可选）',
  confirmRollback: '确认回滚',
  rollingBack: '正在回滚…',
  rolledBack: (revision) => `已回滚到第 ${revision} 版，公开页面现在显示这一版的数据。`,
  rollbackFailed: '回滚失败',
  cancel: '取消',
  templateHeading: '下载模板',
  templateIntro: '当前发布的数据，与“导出 → Excel 数据表”相同的文件：在“观测值”工作表中增改行，保存后在上方上传。',
  templateDownload: '下载模板 (.xlsx)',
  templatePreparing: '正在生成文件…',
  templateFailed: '文件生成失败，请重试。',
  errorCodes: {
    'bad-credentials': '名称或密码不正确',
    locked: '登录失败次数过多，已锁定 15 分钟，请稍后再试。',
    'too-large': '文件超过 10 MB 的上限，没有上传。',
    'no-file': '请求中没有文件，请重新选择文件后上传。',
    'warnings-not-accepted': '这份草稿有需要核对的提示，请勾选“我已核对以上提示”后再发布。',
    'stale-draft': '这份草稿基于的版本已不是当前版本，发布会撤销之后的修改。请导出当前数据，修改后重新上传。',
    'already-current': '这一版已经是当前版本。',
    forbidden: '只有发布人可以发布或回滚。',
    'not-found': '找不到这个版本。',
  },
  networkFailed: '无法连接数据服务，请检查网络后重试。',
  sessionEnded: '登录已过期，请重新登录。',
  badAnswer: '数据服务的应答不符合约定。',
  retry: '重试',
};

const en: DataMessages = {
  pageTitle: 'Manage data',
  backToDashboard: 'Back to the dashboard',
  demoTitle: 'Changing the figures needs the data service',
  demoBody:
    'This is the demo: its figures are built in and cannot be changed, previewed or published here. To upload an Excel workbook, check it and publish new figures, run the project’s data service.',
  demoStartLabel:
    '1. Build and start the data service (the dashboard and the API on one port, http://localhost:4180 by default):',
  demoUserLabel: '2. Add a person who may publish (the command asks for a password):',
  demoThen: '3. Open /data on the data service in a browser and sign in with that name and password.',
  loading: 'Loading…',
  sessionFailed: 'Could not check who is signed in',
  signInHeading: 'Sign in',
  signInIntro:
    'Only named people may change the figures; every change records who made it. Accounts are made on the command line.',
  nameLabel: 'Name',
  passwordLabel: 'Password',
  signIn: 'Sign in',
  signingIn: 'Signing in…',
  signInFailed: 'Sign-in failed',
  signedInAs: 'Signed in as',
  roleName: { editor: 'Editor', publisher: 'Publisher' },
  signOut: 'Sign out',
  signOutFailed: 'Sign-out failed',
  signInAgain: 'Sign in again',
  uploadHeading: 'Upload',
  uploadIntro:
    'Upload the workbook (.xlsx) or CSV file you edited in Excel, WPS or LibreOffice, up to 10 MB. It is checked and kept as a draft; nothing is published yet.',
  dropHint: 'Drop the file here, or',
  chooseFile: 'Choose a file (.xlsx or .csv)',
  chosenFile: (name, size) => `Chosen: ${name} (${size})`,
  noteLabel: 'Note (optional)',
  uploadSubmit: 'Upload and check',
  uploading: (name) => `Uploading and checking ${name}…`,
  uploadFailed: 'Upload failed',
  fileMissing: 'Choose a file to upload first.',
  fileTooLarge: (name, size) => `${name} is ${size}, over the 10 MB limit: not uploaded.`,
  fileWrongType: (name) =>
    `${name} is not an .xlsx or .csv file: not uploaded. In Excel, save it as “Excel Workbook (.xlsx)”.`,
  megabytes: (size) => `${size} MB`,
  problemsHeading: (count) =>
    `${count} ${count === 1 ? 'problem' : 'problems'} found; nothing was saved. Correct the file in Excel and upload it again.`,
  problemsTable: 'Problems in the file',
  columnSheet: 'Sheet',
  columnCell: 'Cell',
  columnCellText: 'Cell holds',
  columnProblem: 'What is wrong',
  emptyCell: '(empty)',
  draftSaved: (revision) => `Draft revision ${revision} saved`,
  draftHeading: (revision) => `Draft revision ${revision}`,
  compareHeading: (current, revision) => `Revision ${revision} against the current revision ${current}`,
  closeView: 'Close',
  changedHeading: 'Changed figures',
  addedHeading: 'Added observations',
  removedHeading: 'Removed observations',
  removedIndicatorsHeading: 'Removed indicators',
  noChanges: 'No figure changes.',
  columnIndicator: 'Indicator',
  columnDate: 'Date',
  columnUnit: 'Unit',
  columnChange: 'Before → after',
  columnValue: 'Value',
  atLeast: 'or more',
  newSource: 'Source: ',
  warningsHeading: 'Warnings',
  needsCheck: 'Check',
  notice: 'Notice',
  acknowledge: 'I have checked the warnings above',
  previewHeading: 'Preview',
  previewIntro: 'See this draft in a new tab; only people who are signed in can see drafts.',
  previewDashboard: 'Preview the dashboard',
  previewScreen: 'Preview the wall screen',
  previewReport: 'Preview the report',
  opensInNewTab: ' (opens in a new tab)',
  publishHeading: 'Publish',
  publishNote: 'Publishing note (optional)',
  publish: 'Publish',
  publishing: 'Publishing…',
  published: (revision) => `Revision ${revision} is published: the public pages now show its figures.`,
  publishFailed: 'Publishing failed',
  waitingForPublisher: 'Waiting for a publisher to publish',
  draftsHeading: 'Drafts waiting',
  noDrafts: 'No drafts are waiting.',
  open: 'Open',
  openToPublish: 'Publish…',
  historyHeading: 'History',
  historyFailed: 'The revisions could not be loaded',
  columnRevision: 'Revision',
  columnStatus: 'Status',
  columnBy: 'By',
  columnWhen: 'When',
  columnNote: 'Note',
  columnFile: 'File',
  columnActions: 'Actions',
  statusCurrent: 'Current',
  statusPublished: 'Published',
  statusDraft: 'Draft',
  revisionLabel: (revision) => `Revision ${revision}`,
  compareWithCurrent: 'Compare with the current revision',
  compareFailed: 'The comparison failed',
  rollback: 'Roll back',
  rollbackHeading: (revision) => `Roll back to revision ${revision}?`,
  rollbackBody:
    'The public pages will show this revision’s figures at once. You can still publish another revision or roll back again.',
  rollbackNote: 'Roll-back note (optional)',
  confirmRollback: 'Roll back',
  rollingBack: 'Rolling back…',
  rolledBack: (revision) => `Rolled back to revision ${revision}: the public pages now show its figures.`,
  rollbackFailed: 'Roll-back failed',
  cancel: 'Cancel',
  templateHeading: 'Download the template',
  templateIntro:
    'The published figures, the same file as Export → Excel workbook: add or change rows on its Observations sheet, save it and upload it above.',
  templateDownload: 'Download the template (.xlsx)',
  templatePreparing: 'Preparing the file…',
  templateFailed: 'The file could not be made. Try again.',
  errorCodes: {
    'bad-credentials': 'The name or password is not correct',
    locked: 'Too many failed sign-ins: locked for 15 minutes. Try again later.',
    'too-large': 'The file is over the 10 MB limit: not uploaded.',
    'no-file': 'The request carried no file. Choose the file again and upload it.',
    'warnings-not-accepted':
      'This draft has warnings to check: tick “I have checked the warnings above”, then publish.',
    'stale-draft':
      'This draft was made from a revision that is no longer current; publishing it would undo the later changes. Export the current figures, edit them and upload again.',
    'already-current': 'This revision is already the current one.',
    forbidden: 'Only publishers may publish or roll back.',
    'not-found': 'There is no such revision.',
  },
  networkFailed: 'The data service could not be reached. Check the network and try again.',
  sessionEnded: 'Your session has ended. Sign in again.',
  badAnswer: 'The data service’s answer does not match the contract.',
  retry: 'Retry',
};

export const dataMessages: Record<Language, DataMessages> = { zh, en };
