/** The en catalogue's part `threePublic` (the same keys as zh-CN's): <three-public-expenses>. */
import type { CataloguePart } from '../index.js';

export const part: CataloguePart<'threePublic'> = {
  threePublic: {
    section: { 'final-accounts': '"Three public" expenses, final accounts', budget: '"Three public" expenses, budget' },
    table: (unit) => `"Three public" expenses (${unit})`,
    total: 'Total "three public" expenses',
    outboundTravel: 'Official travel abroad',
    officialReception: 'Official reception',
    foreignReception: 'Foreign affairs reception',
    officialVehicles: 'Official vehicle purchase and operation',
    vehiclePurchase: 'Vehicle purchase',
    vehicleOperation: 'Vehicle operation and maintenance',
    budget: 'Budget',
    change: 'Change',
    changePercent: 'Change (%)',
    completionRate: 'Completion',
    previousZero: 'the previous year was 0, so there is no percent change',
    budgetZero: 'the budget was 0, so there is no completion rate',
    dashNote: (reason) => `"—": ${reason}.`,
    countsTable: (year) => `Delegations abroad, receptions and official vehicles, ${year}`,
    count: 'Number',
    counts: {
      delegations: 'Delegations abroad',
      travelPersons: 'Persons abroad (person-trips)',
      receptionBatches: 'Domestic receptions (batches)',
      receptionPersons: 'Domestic guests received (person-times)',
      foreignBatches: 'Foreign affairs receptions (batches)',
      foreignPersons: 'Foreign guests received (person-times)',
      purchasedCount: 'Vehicles purchased',
      fleetAtYearEnd: 'Vehicles held at year end',
    },
    chartTitle: (unit) => `"Three public" expenses by part (${unit})`,
    markValue: (part, series, money) => `${part}, ${series}: ${money}`,
    changeSubject: 'spending',
    part: (label, money) => `${label.toLowerCase()} ${money}`,
    completion: (rate) => `${rate} of the budget was spent`,
    statement: (p) =>
      `In ${p.year}, "three public" expenses ${p.budget ? 'were budgeted at' : 'were'} ${p.money}` +
      (p.parts ? `: ${p.parts}` : '') +
      (p.change ? `; ${p.change}` : '') +
      (p.completion ? `; ${p.completion}` : '') +
      '.',
  },
};
