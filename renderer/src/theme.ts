import type { ThemeConfig } from 'antd';

/**
 * Dense and calm: a desk screen read all day, fonts the office PC already has. Every text colour reads at WCAG AA
 * (4.5:1) on white and on the table's stripes: the library's light greys (placeholders 1.8:1, secondary 3.4:1),
 * its orange (1.9:1), red (3.3:1) and link blue (4.1:1) are each taken one step darker (tags' text: global.css).
 */
export const theme: ThemeConfig = {
  token: {
    // No animations: a dialog, a message or a menu is there at once and gone at once — no frames to draw on an old
    // office PC, and no dialog still fading out under the next click.
    motion: false,
    colorPrimary: '#1f5fa8',
    colorInfo: '#1f5fa8',
    colorLink: '#1f5fa8',
    // Under the pointer a link darkens (the library lightens it, to 3.2:1).
    colorLinkHover: '#174b85',
    colorLinkActive: '#123a68',
    colorSuccess: '#237804',
    colorWarning: '#ad4e00',
    // The darker orange would tint warnings' backgrounds brown: they keep the library's light orange.
    colorWarningBg: '#fff7e6',
    colorWarningBorder: '#ffd591',
    colorError: '#cf1322',
    colorSuccessText: '#237804',
    colorWarningText: '#ad4e00',
    colorErrorText: '#cf1322',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    borderRadius: 4,
    fontSize: 14,
    fontFamily:
      "-apple-system, 'Segoe UI', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif",
  },
  components: {
    Layout: { headerHeight: 48, headerPadding: '0 16px', headerBg: '#ffffff', siderBg: '#ffffff' },
    // A table's "nothing here" line is written in the disabled grey (1.8:1): it is text to read.
    Table: { cellPaddingBlockSM: 6, colorTextDisabled: 'rgba(0, 0, 0, 0.6)' },
    Form: { itemMarginBottom: 14 },
  },
};
