export { encodeShare, decodeShare, pickShareFields, SHARE_PREFIX, CURRENT_VERSION, DEFAULT_MAX_BYTES } from './codec';
export type { ShareState, ShareError, DecodeResult } from './codec';
