/**
 * The view model of <department-profile>: plain data (no lit, no DOM), built
 * once per data or language change. The template only turns it into markup.
 */
import type { RenderContext } from '../core/element/context.js';

export interface ProfileUnit {
  /** 序号 as published; absent when the document numbers none. */
  number?: number;
  name: string;
  remark?: string;
}

export interface DepartmentProfileModel {
  /** 主要职能, one entry per duty, as published (empty when none is published). */
  duties: string[];
  /** 单位构成 paragraphs, as published. */
  composition: string[];
  /** The units table (序号 / 单位名称 / 备注); empty when the document has none. */
  units: ProfileUnit[];
  /** 下属单位 named without a table (v1 disclosures). */
  subordinateUnits: string[];
  dutiesTitle: string;
  compositionTitle: string;
  unitsCaption: string;
  /** The sentences shown where a part is not published. */
  noDuties: string;
  noComposition: string;
}

export function buildDepartmentProfileModel({ disclosure, catalogue }: RenderContext): DepartmentProfileModel {
  const words = catalogue.profile;
  const { department, kind } = disclosure;
  const units = (department.units ?? []).map((unit) => ({ number: unit.number, name: unit.name, remark: unit.remark }));
  return {
    duties: [...(department.duties ?? [])],
    composition: [...(department.composition ?? [])],
    units,
    // A units table names them already.
    subordinateUnits: units.length > 0 ? [] : [...(department.subordinateUnits ?? [])],
    dutiesTitle: words.duties,
    compositionTitle: words.composition[kind],
    unitsCaption: words.unitsTable[kind],
    noDuties: words.noDuties,
    noComposition: words.noComposition,
  };
}

/** True when the disclosure publishes anything this element shows. */
export function hasProfile(department: RenderContext['disclosure']['department']): boolean {
  return Boolean(department.duties?.length || department.composition?.length || department.units?.length || department.subordinateUnits?.length);
}
