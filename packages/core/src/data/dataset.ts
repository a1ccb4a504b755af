import packed from '../generated/dataset.json';
import type { Dataset } from '../schema/dataset';
import { type PackedDataset, unpack } from './pack';

let cached: Dataset | undefined;

/**
 * The built-in dataset, compiled and validated from the content files when the package was built.
 *
 * @returns The same frozen-by-convention object on every call; treat it as read-only.
 */
export function dataset(): Dataset {
  cached ??= unpack(packed as unknown as PackedDataset);
  return cached;
}
