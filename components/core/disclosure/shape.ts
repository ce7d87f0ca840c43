/**
 * The contract's shape as data: one description that both the runtime
 * validator (`parse.ts`) walks and the JSON Schema generator (`schema.ts`)
 * turns into `disclosure.schema.json`. Keeping one source is what keeps the
 * two in agreement; a test checks it on every fixture.
 */
import {
  BASIC_EXPENDITURE_KEYS,
  EXPENDITURE_KEYS,
  FISCAL_APPROPRIATION_INCOME_KEYS,
  INCOME_KEYS,
} from './contract.js';

export type Shape =
  /** A decimal string or JSON number; `signed` allows negatives (changes). */
  | { type: 'decimal'; signed?: boolean }
  /** A non-negative integer (a count of vehicles, persons …). */
  | { type: 'count' }
  /** An integer within a range. */
  | { type: 'integer'; min: number; max: number }
  | { type: 'text'; nonEmpty?: boolean }
  | { type: 'const'; value: number }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'list'; of: Shape }
  | RecordShape
  | { type: 'ref'; name: DefinitionName };

export interface RecordShape {
  type: 'record';
  fields: Record<string, Field>;
  /** Rules across fields, each with its own check in the validator and its own clause in the schema. */
  rule?:
    /** `label` is required unless `key` is one of these standard keys. */
    | { type: 'label-unless-standard-key'; keys: readonly string[] }
    /** `amount` is required unless `children` has at least one item. */
    | { type: 'amount-unless-children' };
}

export interface Field {
  shape: Shape;
  required?: boolean;
}

const amount: Shape = { type: 'decimal' };
const signedDecimal: Shape = { type: 'decimal', signed: true };
const count: Shape = { type: 'count' };
const text: Shape = { type: 'text' };
const name: Shape = { type: 'text', nonEmpty: true };
const texts: Shape = { type: 'list', of: text };

const req = (shape: Shape): Field => ({ shape, required: true });
const opt = (shape: Shape): Field => ({ shape });
const record = (fields: Record<string, Field>, rule?: RecordShape['rule']): RecordShape => ({ type: 'record', fields, rule });
const list = (of: Shape): Shape => ({ type: 'list', of });
const ref = (target: DefinitionName): Shape => ({ type: 'ref', name: target });

const line = (side: 'incomeLine' | 'expenditureLine', keys: readonly string[]): RecordShape =>
  record(
    {
      key: opt(name),
      code: opt(name),
      label: opt(name),
      amount: req(amount),
      note: opt(text),
      children: opt(list(ref(side))),
    },
    { type: 'label-unless-standard-key', keys },
  );

const split = (of: Shape) => record({ total: opt(of), basic: opt(of), project: opt(of) });
const threePublicParts = (of: Shape) =>
  record({ total: opt(of), outboundTravel: opt(of), officialReception: opt(of), officialVehicles: opt(of) });
const threePublicAmounts = record({
  total: req(amount),
  outboundTravel: opt(amount),
  officialReception: opt(amount),
  officialVehicles: opt(amount),
  vehiclePurchase: opt(amount),
  vehicleOperation: opt(amount),
});

/** Shapes that refer to themselves (children) or are used in several places. */
export const DEFINITIONS = {
  incomeLine: line('incomeLine', [...INCOME_KEYS, ...FISCAL_APPROPRIATION_INCOME_KEYS]),
  expenditureLine: line('expenditureLine', [...EXPENDITURE_KEYS, ...BASIC_EXPENDITURE_KEYS]),
  functionItem: record(
    {
      code: opt(name),
      name: req(name),
      amount: opt(amount),
      basic: opt(amount),
      project: opt(amount),
      budget: opt(amount),
      adjustedBudget: opt(amount),
      completionRate: opt(amount),
      note: opt(text),
      children: opt(list({ type: 'ref', name: 'functionItem' })),
    },
    { type: 'amount-unless-children' },
  ),
  vehicleCategory: record({
    label: req(name),
    count: req(count),
    children: opt(list({ type: 'ref', name: 'vehicleCategory' })),
  }),
} satisfies Record<string, RecordShape>;
export type DefinitionName = 'incomeLine' | 'expenditureLine' | 'functionItem' | 'vehicleCategory';

/** The whole disclosure. */
export const DISCLOSURE_SHAPE: RecordShape = record({
  schemaVersion: req({ type: 'const', value: 1 }),
  kind: req({ type: 'enum', values: ['final-accounts', 'budget'] }),
  fiscalYear: req({ type: 'integer', min: 1949, max: 2999 }),
  unit: req({ type: 'enum', values: ['元', '万元'] }),
  department: req(
    record({
      name: req(name),
      code: opt(name),
      duties: opt(texts),
      subordinateUnits: opt(texts),
    }),
  ),
  accountSummary: opt(
    record({
      income: req(list(ref('incomeLine'))),
      expenditure: req(list(ref('expenditureLine'))),
      yearEndBalance: opt(amount),
      incomeTotal: opt(amount),
      expenditureTotal: opt(amount),
      currentYearIncome: opt(amount),
      currentYearExpenditure: opt(amount),
      previousYear: opt(record({ incomeTotal: opt(amount), expenditureTotal: opt(amount) })),
    }),
  ),
  fiscalAppropriation: opt(
    record({
      total: req(amount),
      basic: opt(amount),
      project: opt(amount),
      budget: opt(split(amount)),
      adjustedBudget: opt(split(amount)),
      completionRate: opt(split(amount)),
      openingBalance: opt(amount),
      closingBalance: opt(amount),
    }),
  ),
  functionalBreakdown: opt(record({ total: opt(amount), items: req(list(ref('functionItem'))) })),
  governmentFundExpenditure: opt(record({ total: req(amount), items: opt(list(ref('functionItem'))) })),
  stateCapitalExpenditure: opt(record({ total: req(amount), items: opt(list(ref('functionItem'))) })),
  threePublicExpenses: opt(
    record({
      total: req(amount),
      outboundTravel: req(record({ amount: req(amount), delegations: opt(count), persons: opt(count) })),
      officialReception: req(
        record({
          amount: req(amount),
          batches: opt(count),
          persons: opt(count),
          foreignAmount: opt(amount),
          foreignBatches: opt(count),
          foreignPersons: opt(count),
        }),
      ),
      officialVehicles: req(
        record({
          amount: req(amount),
          purchase: req(amount),
          operation: req(amount),
          purchasedCount: opt(count),
          fleetAtYearEnd: opt(count),
        }),
      ),
      previousYear: opt(threePublicAmounts),
      budget: opt(threePublicAmounts),
      completionRate: opt(threePublicParts(amount)),
      change: opt(threePublicParts(record({ amount: req(signedDecimal), percent: opt(signedDecimal) }))),
    }),
  ),
  basicExpenditure: opt(
    record({
      total: req(amount),
      personnel: req(amount),
      publicUse: req(amount),
      personnelNote: opt(text),
      publicUseNote: opt(text),
    }),
  ),
  otherMatters: opt(
    record({
      institutionalOperating: opt(amount),
      procurement: opt(
        record({ total: req(amount), goods: opt(amount), works: opt(amount), services: opt(amount), smeReserved: opt(amount) }),
      ),
      assets: opt(
        record({
          vehicles: req(record({ total: req(count), byCategory: req(list(ref('vehicleCategory'))) })),
          equipmentOver500k: opt(count),
          equipmentOver1m: opt(count),
        }),
      ),
      performance: opt(
        record({
          projectsEvaluated: opt(count),
          fundsEvaluated: opt(amount),
          overallEvaluations: opt(count),
          coverage: opt(amount),
          score: opt(amount),
          problems: opt(texts),
          measures: opt(texts),
        }),
      ),
    }),
  ),
  glossary: opt(list(record({ term: req(name), definition: req(name) }))),
  notes: opt(texts),
});
