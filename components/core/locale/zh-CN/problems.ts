/** The zh-CN catalogue's part `problems`: What went wrong: why an element could not show its disclosure, and the validator's problem messages. Loaded only when an element shows an error, before it is shown. */

export const part = {
  /** Why an element could not show its disclosure (the alert's technical details; core/element/source.ts). */
  failures: {
    http: (p: { status: number; statusText: string; url: string }) => `服务器返回 HTTP ${p.status}${p.statusText ? ` ${p.statusText}` : ''}：${p.url}`,
    network: (p: { url: string; detail: string }) => `网络错误，无法获取 ${p.url}（${p.detail}）`,
    timeout: (p: { url: string; seconds: number }) => `${p.url} 在 ${p.seconds} 秒内没有响应`,
    'content-type': (p: { url: string; contentType: string }) => `${p.url} 返回的是 ${p.contentType}，不是 JSON`,
    'too-large': (p: { url: string; limit: number }) => `${p.url} 超过 ${p.limit / 1024 / 1024} MB 的上限，未读取`,
    words: (p: { locale: string }) => `无法加载界面文字（${p.locale}）：请刷新页面重试`,
    'bad-url': (p: { url: string }) => `数据地址不是有效的网址：${p.url}（请检查 src 属性，例如端口号或主机名中的空格）`,
    'not-utf8': (p: { url: string }) => `${p.url} 的内容不是 UTF-8 编码（可能是 GBK 或 UTF-16）：请将 JSON 文件另存为 UTF-8 后再发布`,
    'not-json': (p: { url?: string; detail: string }) => `数据不是有效的 JSON${p.url ? `（${p.url}）` : ''}：${p.detail}`,
    invalid: (p: { url?: string; count: number }) => `数据不符合部门决算公开格式${p.url ? `（${p.url}）` : ''}，共 ${p.count} 个问题：`,
    'no-data': '没有提供数据：请设置 disclosure 属性、添加 <script type="application/json"> 子元素，或设置 src 属性。',
  },

  problems: {
    'not-json': (p: { detail: string; line?: number; column?: number }) =>
      `不是有效的 JSON${p.line === undefined ? '' : `（第 ${p.line} 行第 ${p.column} 列）`}：${p.detail}`,
    'schema-version': (p: { found: string }) => `schemaVersion 应为 1，实际为 ${p.found}`,
    required: (p: { field: string }) => `缺少必填字段“${p.field}”`,
    'section-missing': (p: { section: string; name: string }) => `缺少本组件所需的“${p.name}”部分（${p.section}）`,
    type: (p: { expected: string; found: string }) => `类型错误：应为${p.expected}，实际为${p.found}`,
    decimal: (p: { found: string }) => `不是有效的金额或数值：${p.found}，应为十进制数字字符串，例如 "933.74"`,
    negative: (p: { found: string }) => `此处金额不能为负数：${p.found}`,
    count: (p: { found: string }) => `应为非负整数：${p.found}`,
    range: (p: { found: string; min: number; max: number }) => `数值 ${p.found} 超出范围（${p.min}–${p.max}）`,
    enum: (p: { found: string; allowed: string }) => `取值 ${p.found} 无效，可选：${p.allowed}`,
    empty: () => '不能为空',
    'unknown-field': (p: { field: string; suggestion?: string }) =>
      `未知字段“${p.field}”${p.suggestion ? `，是否应为“${p.suggestion}”？` : ''}`,
    'label-required': (p: { key: string }) => `“${p.key}”不是标准项目键，须提供 label`,
    'blank-amount': () => '标记为 blank（表中金额空白）的行不能有 amount：请删去 amount 或 blank',
    depth: (p: { limit: number }) => `嵌套超过 ${p.limit} 层`,
    limit: (p: { kind: 'amount-digits' | 'text-length' | 'list-items' | 'total-items' | 'document-size'; found: number; limit: number }) =>
      ({
        'amount-digits': `金额有 ${p.found} 位数字，超过上限 ${p.limit} 位`,
        'text-length': `文本有 ${p.found} 个字符，超过上限 ${p.limit} 个`,
        'list-items': `列表有 ${p.found} 项，超过上限 ${p.limit} 项`,
        'total-items': `整份数据的列表项合计超过上限 ${p.limit} 项`,
        'document-size': `文档有 ${p.found} 个字符，超过上限 ${p.limit} 个`,
      })[p.kind],
    precision: (p: { literal: string; parsed: string }) =>
      `JSON 数字 ${p.literal} 无法精确读取，会变成 ${p.parsed}；请写成字符串 "${p.literal}"`,
    'duplicate-key': () => '同一对象中此字段出现了两次，JSON 只保留最后一个值：请只写一次',
  },

  typeNames: {
    object: '对象',
    array: '数组',
    string: '字符串',
    number: '数字',
    integer: '整数',
    boolean: '布尔值',
    null: 'null',
    decimal: '十进制数字字符串',
  },
};
