/**
 * A stopgap for params that carry English prose instead of a message key.
 *
 * The engine should put only keys and data in params, but a few call sites still build English phrases
 * (`why` in src/lint/ingresses.ts, `shape` in src/lint/services.ts, `found`/`expected` in src/manifest …).
 * Korean templates would otherwise show an English clause mid-sentence, so the exact values the code produces
 * today are mapped here. A value not listed stays as it is (English), so a changed English phrase degrades to
 * English, never to an error. When a call site moves to a `<name>Key` param (rendered by
 * src/messages/render.ts expandParams, like `hintKey`, `reasonKey`, `expectedKey`), delete its rule here.
 * Already moved: corefile/bad-value `expected`, request.drop.* `network`/`kind`, proxy.select `by`.
 */

export interface ParamValueRule {
  /** Message keys whose params this rule rewrites. */
  readonly keys: readonly string[];
  readonly param: string;
  /** Exact value → translation, or pattern → replacement (with $1 …), first match wins. */
  readonly values: readonly (readonly [string | RegExp, string])[];
}

export const koParamValues: readonly ParamValueRule[] = [
  // src/lint/ingresses.ts
  {
    keys: ['ingress/no-controller'], param: 'why', values: [
      [/^class "(.*)" matches no installed controller$/, '클래스 "$1"에 맞는 컨트롤러가 설치되어 있지 않다'],
      ['it has no class, no default IngressClass exists, and ingress-nginx ignores class-less Ingresses without --watch-ingress-without-class',
        '클래스가 지정되지 않았고 기본 인그레스클래스도 없으며, ingress-nginx는 --watch-ingress-without-class 옵션 없이는 클래스 없는 인그레스를 무시한다'],
    ],
  },
  // src/lint/services.ts
  {
    keys: ['service/externalname-ignored'], param: 'shape', values: [
      ['a headless Service with no selector and no endpoints (its name resolves to nothing)', '셀렉터도 엔드포인트도 없는 헤드리스 서비스(이름이 아무 주소로도 해석되지 않는다)'],
      ['a headless Service', '헤드리스 서비스'],
      [/^a (\w+) Service$/, '$1 서비스'],
    ],
  },
  // src/manifest/decode/index.ts
  { keys: ['manifest/not-an-object'], param: 'found', values: [['a list', '리스트'], ['text', '텍스트']] },
  // src/manifest/decode/context.ts
  { keys: ['object/invalid-field-type'], param: 'expected', values: [['integer or string', 'integer 또는 string']] },
  { keys: ['object/invalid-field-type'], param: 'found', values: [['decimal number', '소수']] },
  // src/manifest/world/validate.ts
  // src/manifest/world/items.ts
  {
    keys: ['world/invalid-field', 'world/invalid-entry'], param: 'expected', values: [
      ['map of strings', '문자열 값만 담은 맵'], ['list of ports (1-65535)', '포트(1-65535) 리스트'], ['whole number, 0 or more', '0 이상의 정수'],
      ['a whole number of seconds from 0 to 3600', '0부터 3600까지의 정수(초)'], ['whole number of seconds from 0 to 2147483647', '0부터 2147483647까지의 정수(초)'], ['a whole number of seconds, 0 or more', '0 이상의 정수(초)'],
    ],
  },
];
