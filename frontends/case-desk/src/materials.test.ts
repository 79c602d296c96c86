import { describe, expect, it } from 'vitest';
import { missingMaterials, receivedMaterials } from './materials';

const checklist = ['营业执照', '法定代表人身份证', '经营场所证明', '食品安全管理制度'];

describe('the one-time notice’s materials', () => {
  it('lists every unticked material, in the checklist’s order', () => {
    expect(missingMaterials(checklist, ['法定代表人身份证'])).toEqual(['营业执照', '经营场所证明', '食品安全管理制度']);
  });

  it('lists nothing when everything was received, everything when nothing was', () => {
    expect(missingMaterials(checklist, [...checklist].reverse())).toEqual([]);
    expect(missingMaterials(checklist, [])).toEqual(checklist);
  });

  it('ignores ticks that are not on the checklist and repeats in it', () => {
    expect(missingMaterials([...checklist, '营业执照'], ['旧材料'])).toEqual(checklist);
    expect(receivedMaterials(checklist, ['经营场所证明', '旧材料', '营业执照'])).toEqual(['营业执照', '经营场所证明']);
  });
});
