export { report } from './report';
export { indicators } from './indicators';
export { highlights } from './highlights';
