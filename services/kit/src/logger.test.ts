import { describe, expect, it } from 'vitest';
import { captureLogs, createLogger, errorForLog, redactionPaths } from './logger';

const NAME = '欧阳测试';
const ID_NUMBER = '11010519491231002X';
const PHONE = '13912345678';

class DatabaseError extends Error {}
class DrizzleQueryError extends Error {}

/** What drizzle throws when PostgreSQL refuses an insert: its message quotes the parameters, pg's `detail` the row. */
function failedInsert(): Error {
  const cause = Object.assign(new DatabaseError('new row for relation "cases" violates check constraint "cases_applicant_check"'), {
    name: 'error',
    severity: 'ERROR',
    code: '23514',
    detail: `Failing row contains (1, ${NAME}, ${ID_NUMBER}, ${PHONE}).`,
    schema: 'cases',
    table: 'cases',
    constraint: 'cases_applicant_check',
  });
  return Object.assign(
    new DrizzleQueryError(
      `Failed query: insert into "cases"."cases" ("applicant_name", ...) values ($1, $2, $3)\nparams: ${NAME},${ID_NUMBER},${PHONE}`,
    ),
    { query: 'insert …', params: [NAME, ID_NUMBER, PHONE], cause },
  );
}

function buffer(): { lines: string[]; write(line: string): void } {
  const lines: string[] = [];
  return { lines, write: (line: string) => void lines.push(line) };
}

describe('errorForLog', () => {
  it('keeps class, code, constraint and table of a database error, and none of its values', () => {
    const logged = errorForLog(failedInsert());
    expect(logged).toEqual({
      type: 'DrizzleQueryError',
      'cause.type': 'DatabaseError',
      'cause.code': '23514',
      'cause.constraint': 'cases_applicant_check',
      'cause.table': 'cases',
      'cause.schema': 'cases',
    });
    const text = JSON.stringify(logged);
    for (const value of [NAME, ID_NUMBER, PHONE]) expect(text).not.toContain(value);
  });

  it('keeps the message of an ordinary error, cut at params:', () => {
    expect(errorForLog(new TypeError("Cannot read properties of undefined (reading 'id')"))).toEqual({
      type: 'TypeError',
      message: "Cannot read properties of undefined (reading 'id')",
    });
    expect(errorForLog(new Error(`lookup failed params: ${PHONE}`)).message).toBe('lookup failed');
    expect(errorForLog('a string')).toEqual({ type: 'string' });
  });
});

describe('createLogger', () => {
  it('redacts the personal fields the services hold, at any depth, and keeps the service name', () => {
    const sink = buffer();
    const logger = createLogger('cases', { destination: sink, level: 'info' });
    logger.error(
      {
        applicantName: NAME,
        input: { applicantIdNumber: ID_NUMBER, applicantPhone: PHONE, complainantName: NAME, complainantPhone: PHONE },
        request: { headers: { authorization: 'Bearer abc.def.ghi' }, body: { variables: { phone: PHONE } } },
        error: { cause: { detail: `Key (id_number)=(${ID_NUMBER}) already exists.`, params: [NAME] } },
        rows: [{ name: NAME, phone: PHONE, idNumber: ID_NUMBER }],
      },
      'something failed',
    );
    expect(sink.lines).toHaveLength(1);
    const line = sink.lines[0] ?? '';
    for (const value of [NAME, ID_NUMBER, PHONE, 'abc.def.ghi']) expect(line).not.toContain(value);
    expect(JSON.parse(line)).toMatchObject({ name: 'cases', msg: 'something failed' });
  });

  it('logs an error handed over whole (as the argument, as err, as error) through errorForLog', () => {
    const sink = buffer();
    const logger = createLogger('cases', { destination: sink, level: 'info' });
    logger.error(failedInsert());
    logger.error({ err: failedInsert() }, 'failed');
    logger.warn({ error: failedInsert() }, 'failed');
    expect(sink.lines).toHaveLength(3);
    for (const line of sink.lines) {
      for (const value of [NAME, ID_NUMBER, PHONE, 'Failed query']) expect(line).not.toContain(value);
      expect(line).toContain('cases_applicant_check');
    }
  });

  it('names every personal field at every depth', () => {
    const paths = redactionPaths(['applicantPhone', 'name'], 2);
    expect(paths).toEqual(['applicantPhone', '*.applicantPhone', '*.name', '*.*.applicantPhone', '*.*.name']);
  });

  it('captureLogs sends every new logger to a buffer, until stopped', () => {
    const sink = buffer();
    const stop = captureLogs(sink, 'info');
    createLogger('gateway').info('one');
    stop();
    createLogger('gateway').info('two');
    expect(sink.lines.map((line) => (JSON.parse(line) as { msg: string }).msg)).toEqual(['one']);
  });
});
