import type { Session } from '@/api/admin-schemas';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { AdminErrorAlert } from './admin-error-alert';
import { useSignOut } from './admin-queries';
import { useDataText } from './data-text';

/** Who is signed in (name, 编辑 / 发布人) and 退出登录 for a password session (a gateway's or a token's is not ours). */
export function AccountBar({ session }: { session: Session }) {
  const text = useDataText();
  const signOut = useSignOut();
  return (
    <>
      <p className="flex items-center gap-2 text-sm">
        <span className="text-muted">{text.signedInAs}</span>
        <span className="font-semibold">{session.name}</span>
        <Badge>{text.roleName[session.role]}</Badge>
      </p>
      {session.via === 'password' ? (
        <Button onClick={() => signOut.mutate(undefined)} disabled={signOut.isPending}>
          {text.signOut}
        </Button>
      ) : null}
      {signOut.isError ? (
        <AdminErrorAlert title={text.signOutFailed} error={signOut.error} className="basis-full" />
      ) : null}
    </>
  );
}
