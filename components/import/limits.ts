/** The largest input importDisclosure reads: 50 MB. A published 部门决算 PDF is well under 5 MB. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
