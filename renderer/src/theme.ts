import type { ThemeConfig } from 'antd';

/** Dense and calm: a desk screen read all day, fonts the office PC already has. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1f5fa8',
    borderRadius: 4,
    fontSize: 14,
    fontFamily:
      "-apple-system, 'Segoe UI', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif",
  },
  components: {
    Layout: { headerHeight: 48, headerPadding: '0 16px', headerBg: '#ffffff', siderBg: '#ffffff' },
    Table: { cellPaddingBlockSM: 6 },
    Form: { itemMarginBottom: 14 },
  },
};
