import { describe, expect, it } from 'vitest';
import { TmxParseError } from '../../errors';
import { readTmx } from './read-tmx';

const GOOD_UNIT = '<tu tuid="1"><tuv xml:lang="en"><seg>Consul General</seg></tuv><tuv xml:lang="zh-CN"><seg>总领事</seg></tuv></tu>';
const BROKEN = `<tmx version="1.4"><header srclang="en"/><body>${GOOD_UNIT}\n<tu><tuv xml:lang="en"><seg>x</tuv></tu></body></tmx>`;

async function collect(chunks: readonly string[]): Promise<{ tuids: (string | undefined)[]; error: unknown }> {
  const tuids: (string | undefined)[] = [];
  try {
    for await (const unit of readTmx(chunks)) tuids.push(unit.tuid);
  } catch (error) {
    return { tuids, error };
  }
  return { tuids, error: undefined };
}

describe('readTmx on a file that breaks after a good unit', () => {
  it('yields the good unit before throwing, whether the file comes in one chunk or several', async () => {
    for (const chunks of [[BROKEN], [BROKEN.slice(0, 70), BROKEN.slice(70)]]) {
      const { tuids, error } = await collect(chunks);
      expect(tuids).toEqual(['1']);
      expect(error).toBeInstanceOf(TmxParseError);
      expect((error as TmxParseError).code).toBe('TMX_MALFORMED_XML');
      expect((error as TmxParseError).place?.line).toBe(2);
    }
  });
});
