// The kinds of reason two accounts may differ, and their labels: apart from the verdict's code, which the landing page's
// first load does not need (the verdict block prints these labels).

export type WhyKind = 'definition' | 'scope' | 'period' | 'control' | 'rhetoric' | 'upstream' | 'stake';

export const WHY_LABELS: Record<WhyKind, string> = {
  definition: 'Definition',
  scope: 'Scope',
  period: 'Period',
  control: 'Change of control',
  rhetoric: 'Measurement or rhetoric',
  upstream: 'Shared source',
  stake: 'Stake in the fighting',
};
