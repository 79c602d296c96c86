import { z } from 'zod';

/**
 * 不动产单元号 (GB/T 37346-2019, 不动产单元设定与代码编制规则): 28 characters of digits and capital letters. The documented
 * rule is that one: 28 characters, each a digit 0–9 or a capital letter A–Z (spaces around it are trimmed; lower case
 * is not turned into capitals, so a typed `gb` is refused rather than guessed). Its layout, which the rule does not
 * check further (a registry may hold units coded before the national scheme):
 * - 6 digits: the county-level administrative division (行政区划代码, e.g. 339902);
 * - 6 digits: the cadastral district (地籍区, 3) and subdistrict (地籍子区, 3);
 * - 2 letters: the parcel's kind of right and use (宗地特征码, e.g. GB state-owned construction land);
 * - 5 digits: the parcel number (宗地顺序号);
 * - 9 characters: the unit on the parcel (定着物单元代码: F house, L forest, Q structure, W none, and 8 digits).
 */
export const UNIT_NUMBER = /^[0-9A-Z]{28}$/;

export const unitNumberSchema = z
  .string()
  .trim()
  .regex(UNIT_NUMBER, 'a unit number (不动产单元号) is 28 characters, each a digit or a capital letter A–Z');

/**
 * 不动产权证书号 as the 不动产登记暂行条例实施细则 prescribes it: the province's one-character abbreviation, the year in
 * parentheses (ASCII or full-width), the city or county, then 不动产权第 and a 7-digit sequence, then 号, e.g.
 * 浙(2026)临江市不动产权第0012345号. A mortgage or other registration ends in a certificate of registration
 * (不动产登记证明), numbered alike with 不动产证明第…号.
 */
export const CERTIFICATE_NUMBER = /^\p{Script=Han}[(（]\d{4}[)）]\p{Script=Han}{2,20}不动产(?:权|证明)第\d{7}号$/u;

export const certificateNumberSchema = z
  .string()
  .trim()
  .regex(
    CERTIFICATE_NUMBER,
    'a certificate number reads like 浙(2026)临江市不动产权第0012345号: province, year, city or county, 不动产权第 (or 不动产证明第), 7 digits, 号',
  );
