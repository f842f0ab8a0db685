import { describe, expect, it } from 'vitest';
import { keepSchemaMarkers } from './schemaMarkers';

describe("monaco-yaml's markers that the engine contradicts", () => {
  it('drops the strict duplicate-key error (kubectl keeps the last value; the engine warns) and keeps the rest', () => {
    const markers = [{ message: 'Map keys must be unique' }, { message: 'Incorrect type. Expected "string".' }, { message: 'Map keys must be unique.' }];
    expect(keepSchemaMarkers(markers)).toEqual([{ message: 'Incorrect type. Expected "string".' }, { message: 'Map keys must be unique.' }]);
  });
});
