/** Exporters for CAT tools. Re-exports only. */
export { DEFAULT_TBX_OPTIONS, serializeTbx, type TbxOptions } from './serialize-tbx';
