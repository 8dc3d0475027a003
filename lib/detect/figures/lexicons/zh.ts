import { cjkAnchor } from '../cjk-anchors.ts';
import { type LexiconData, byIso, byQualifier } from './types.ts';

export const zh: LexiconData = {
  lang: 'zh',
  anchor: cjkAnchor,
  decimalComma: false,
  scales: { 百: 100, 千: 1e3, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12 },
  currencies: {
    ...byIso({
      USD: '美元|美金',
      CNY: '人民币|人民幣|元人民币|元人民幣|~元',
      HKD: '港元|港币|港幣',
      TWD: '新台币|新台幣|新臺幣|台币|台幣|臺幣|元新台币|元新台幣|元新臺幣|元台币|元台幣|元臺幣',
      EUR: '欧元|歐元',
      JPY: '日元|日圆|日圓',
      GBP: '英镑|英鎊',
      KRW: '韩元|韓元',
      AUD: '澳元|澳币|澳幣|澳大利亚元',
      CAD: '加元|加币|加幣|加拿大元',
      SGD: '新加坡元|新元',
      CHF: '瑞士法郎',
      INR: '~卢比|印度卢比',
      NZD: '新西兰元|纽元',
      SEK: '瑞典克朗',
      NOK: '挪威克朗',
      DKK: '丹麦克朗',
      BRL: '巴西雷亚尔|雷亚尔',
      TRY: '土耳其里拉',
      ILS: '谢克尔|新谢克尔',
      PLN: '兹罗提', HUF: '福林|匈牙利福林', ZAR: '兰特', IDR: '印尼盾', AED: '迪拉姆', SAR: '里亚尔', EGP: '埃及镑', MXN: '墨西哥比索',
      // South-East Asia's, where Chinese firms build plants and data centres.
      THB: '泰铢|泰銖', MYR: '林吉特|令吉|马来西亚林吉特', VND: '越南盾', PHP: '菲律宾比索|菲律賓比索', RUB: '卢布|盧布',
    }),
  },
  percentWords: [],
  qualifiersBefore: byQualifier({
    approx: '约|約|约合|約合|大约|大約|近|将近|將近|接近',
    over: '超过|超過|逾|超|多于',
    under: '不到|不足|少于',
    'up-to': '最多|高达|高達|多达|多達',
    'at-least': '至少|起码',
  }),
  qualifiersAfter: byQualifier({
    over: '以上',
    approx: '左右|上下',
    'up-to': '之多',
  }),
  rangeJoin: ['至', '到'],
  between: [],
  betweenJoin: [],
};
