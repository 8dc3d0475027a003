/** Currencies other than the big four, named with nationality words, signs or codes. */
import { describe, expect, it } from 'vitest';
import { money, seen } from './testkit.ts';

const B = 1e9;
const M = 1e6;

/** Each text reads as exactly one amount: [text, span, value, currency], plus `extra` (such as an inferred currency). */
function readsEach(rows: [string, string, number, string][], extra = {}): void {
  it.each(rows)('%s', (text, span, value, currency) => {
    expect(seen(text)).toEqual([money(span, value, currency, extra)]);
  });
}

describe('currency adjectives change the currency and stay in the span', () => {
  readsEach([
    ['raised 450 millones de dólares canadienses', '450 millones de dólares canadienses', 450 * M, 'CAD'],
    ['captó 80 millones de dólares australianos', '80 millones de dólares australianos', 80 * M, 'AUD'],
    ['2.000 millones de dólares de Hong Kong', '2.000 millones de dólares de Hong Kong', 2 * B, 'HKD'],
    ['30 millones de dólares singapurenses', '30 millones de dólares singapurenses', 30 * M, 'SGD'],
    ['12 millones de dólares neozelandeses', '12 millones de dólares neozelandeses', 12 * M, 'NZD'],
    ['75 millions de dollars canadiens', '75 millions de dollars canadiens', 75 * M, 'CAD'],
    ['1,5 milliard de dollars australiens', '1,5 milliard de dollars australiens', 1.5 * B, 'AUD'],
    ['40 millions de dollars de Singapour', '40 millions de dollars de Singapour', 40 * M, 'SGD'],
    ['eine Runde von 500 Millionen kanadische Dollar', '500 Millionen kanadische Dollar', 500 * M, 'CAD'],
    ['mit 90 Millionen australischen Dollar', '90 Millionen australischen Dollar', 90 * M, 'AUD'],
    ['1.1 billion Canadian dollars', '1.1 billion Canadian dollars', 1.1 * B, 'CAD'],
    ['600 million Hong Kong dollars', '600 million Hong Kong dollars', 600 * M, 'HKD'],
    ['25 million New Zealand dollars', '25 million New Zealand dollars', 25 * M, 'NZD'],
    ['3 billion Taiwan dollars', '3 billion Taiwan dollars', 3 * B, 'TWD'],
    ['200 مليون دولار كندي', '200 مليون دولار كندي', 200 * M, 'CAD'],
    ['بقيمة 60 مليون دولار أسترالي', '60 مليون دولار أسترالي', 60 * M, 'AUD'],
    ['15 مليون دولار سنغافوري', '15 مليون دولار سنغافوري', 15 * M, 'SGD'],
    ['3 مليارات دولار هونغ كونغ', '3 مليارات دولار هونغ كونغ', 3 * B, 'HKD'],
    ['融资5亿加元', '5亿加元', 5e8, 'CAD'],
    ['2亿加币', '2亿加币', 2e8, 'CAD'],
    ['8亿澳元', '8亿澳元', 8e8, 'AUD'],
    ['1亿新加坡元', '1亿新加坡元', 1e8, 'SGD'],
    ['200億カナダドル', '200億カナダドル', 2e10, 'CAD'],
    ['30億豪ドル', '30億豪ドル', 3e9, 'AUD'],
  ]);
});

describe('signs and codes of other dollars', () => {
  it.each([
    ['C$40 million', 'CAD'], ['CA$40 million', 'CAD'], ['A$40 million', 'AUD'], ['AU$40 million', 'AUD'],
    ['S$40 million', 'SGD'], ['NZ$40 million', 'NZD'], ['HK$40 million', 'HKD'],
  ])('%s', (text, currency) => {
    expect(seen(`raised ${text}`)).toEqual([money(text, 40 * M, currency)]);
  });
});

describe('other currencies common in funding news', () => {
  readsEach([
    ['CHF 30 million', 'CHF 30 million', 30 * M, 'CHF'],
    ['45 million Swiss francs', '45 million Swiss francs', 45 * M, 'CHF'],
    ['12 millions de francs suisses', '12 millions de francs suisses', 12 * M, 'CHF'],
    ['20 Millionen Schweizer Franken', '20 Millionen Schweizer Franken', 20 * M, 'CHF'],
    ['1亿瑞士法郎', '1亿瑞士法郎', 1e8, 'CHF'],
    ['50億スイスフラン', '50億スイスフラン', 5e9, 'CHF'],
    ['₹900 crore', '₹900 crore', 9e9, 'INR'],
    ['400 مليون روبية هندية', '400 مليون روبية هندية', 400 * M, 'INR'],
    ['5.4 مليار راند جنوب أفريقي', '5.4 مليار راند جنوب أفريقي', 5.4e9, 'ZAR'],
    ['300 مليون نايرا', '300 مليون نايرا', 300 * M, 'NGN'],
    ['20 مليون شلن كيني', '20 مليون شلن كيني', 20 * M, 'KES'],
    ['₩3 trillion', '₩3 trillion', 3e12, 'KRW'],
    ['50 billion won', '50 billion won', 50 * B, 'KRW'],
    ['5000亿韩元', '5000亿韩元', 5e11, 'KRW'],
    ['300億ウォン', '300億ウォン', 3e10, 'KRW'],
    // The Vietnamese dong, and Chile's unit of account before or after its sum.
    ['1兆2000億ドン', '1兆2000億ドン', 1.2e12, 'VND'],
    ['72 000 milliards de dongs', '72 000 milliards de dongs', 7.2e13, 'VND'],
    ['un crédito por UF 4 millones', 'UF 4 millones', 4 * M, 'CLF'],
    ['una renta de 3 millones de UF', '3 millones de UF', 3 * M, 'CLF'],
    // Paraguay's guaraní, Costa Rica's colón, and the Philippine peso with a scale word.
    ['un préstamo de Gs. 3.500.000', 'Gs. 3.500.000', 3_500_000, 'PYG'],
    ['una planta de ₲ 210.000 millones', '₲ 210.000 millones', 210e9, 'PYG'],
    ['cobra ₡95.000 al mes', '₡95.000', 95_000, 'CRC'],
    ['raised P1.2 billion', 'P1.2 billion', 1.2 * B, 'PHP'],
    ['a PHP150 million loan', 'PHP150 million', 150 * M, 'PHP'],
    ['500 million Swedish kronor', '500 million Swedish kronor', 500 * M, 'SEK'],
    ['200 million kronor', '200 million kronor', 200 * M, 'SEK'],
    ['1.9 billion Swedish crowns', '1.9 billion Swedish crowns', 1.9 * B, 'SEK'],
    ['80 million Norwegian kroner', '80 million Norwegian kroner', 80 * M, 'NOK'],
    ['70 millones de coronas danesas', '70 millones de coronas danesas', 70 * M, 'DKK'],
    ['R$ 500 milhões', 'R$ 500', 500, 'BRL'],
    ['900 million reais', '900 million reais', 900 * M, 'BRL'],
    ['₺2 billion', '₺2 billion', 2 * B, 'TRY'],
    ['3 billion Turkish lira', '3 billion Turkish lira', 3 * B, 'TRY'],
    ['₪150 million', '₪150 million', 150 * M, 'ILS'],
    ['150 million shekels', '150 million shekels', 150 * M, 'ILS'],
    ['20 مليون ريال عماني', '20 مليون ريال عماني', 20 * M, 'OMR'],
    ['5 ملايين دينار بحريني', '5 ملايين دينار بحريني', 5 * M, 'BHD'],
    ['بقيمة 8 ملايين دينار أردني', '8 ملايين دينار أردني', 8 * M, 'JOD'],
  ]);

  it('still treats a bare "dollars" as an inferred USD', () => {
    expect(seen('500 millones de dólares')).toEqual([money('500 millones de dólares', 500 * M, 'USD', { currencyInferred: true })]);
  });
});

describe('currencies of Southeast Asia, Africa and Latin America', () => {
  readsEach([
    ['RM2.4 billion for the Kulai campus', 'RM2.4 billion', 2.4 * B, 'MYR'],
    ['shares closed at RM1.87', 'RM1.87', 1.87, 'MYR'],
    ['a 6 billion ringgit loan', '6 billion ringgit', 6 * B, 'MYR'],
    ['Rp 3.5 trillion in fresh capital', 'Rp 3.5 trillion', 3.5e12, 'IDR'],
    ['Rp900bn', 'Rp900bn', 9e11, 'IDR'],
    // The Dominican peso's sign, and the forint and the CFA franc by their names in Chinese and Spanish.
    ['recaudó RD$80 millones en la ronda', 'RD$80 millones', 80 * M, 'DOP'],
    ['补贴900亿福林', '900亿福林', 9e10, 'HUF'],
    ['un préstamo de 5.000 millones de francos CFA', '5.000 millones de francos CFA', 5 * B, 'XOF'],
    ['a 40 billion baht plan', '40 billion baht', 40 * B, 'THB'],
    ['THB 12 billion', 'THB 12 billion', 12 * B, 'THB'],
    ['VND 2,500 billion', 'VND 2,500 billion', 2.5e12, 'VND'],
    ['₱1.2 billion', '₱1.2 billion', 1.2 * B, 'PHP'],
    ['W800 billion for the fab', 'W800 billion', 8e11, 'KRW'],
    ['₦45 billion', '₦45 billion', 45 * B, 'NGN'],
    ['20 milliards de FCFA', '20 milliards de FCFA', 20 * B, 'XOF'],
    ['7,5 milliards de francs CFA', '7,5 milliards de francs CFA', 7.5 * B, 'XOF'],
    ['3 milliards de nairas', '3 milliards de nairas', 3 * B, 'NGN'],
    ['une levée de 60 MDH', '60 MDH', 60 * M, 'MAD'],
    ['u$s 1.200 millones', 'u$s 1.200 millones', 1.2 * B, 'USD'],
    ['35.000 millones de pesos chilenos', '35.000 millones de pesos chilenos', 35 * B, 'CLP'],
    ['90.000 millones de pesos colombianos', '90.000 millones de pesos colombianos', 90 * B, 'COP'],
    ['COP 150.000 millones', 'COP 150.000 millones', 150 * B, 'COP'],
    ['2.000 millones de pesos argentinos', '2.000 millones de pesos argentinos', 2 * B, 'ARS'],
    ['80 millones de soles', '80 millones de soles', 80 * M, 'PEN'],
    // Set apart by a space, a letter sign needs a scale word or grouped digits ("room RM 204" below is no money).
    ['obtuvo S/ 450,000 del programa', 'S/ 450,000', 450_000, 'PEN'],
    ['una línea de crédito de B/. 500.000 para capital', 'B/. 500.000', 500_000, 'PAB'],
    ['a facility of KSh 1.3 billion', 'KSh 1.3 billion', 1.3 * B, 'KES'],
    ['a deposit of KSh 1,500 up front', 'KSh 1,500', 1500, 'KES'],
    ['daily instalments of Sh45 via M-Pesa', 'Sh45', 45, 'KES'],
    ['a ticket of RM 1,500', 'RM 1,500', 1500, 'MYR'],
    ['a fee of RMB100 a month', 'RMB100', 100, 'CNY'],
    ['un chiffre d’affaires de 2,3 MDT', '2,3 MDT', 2.3 * M, 'TND'],
    ['un ticket de 800 000 dinars tunisiens', '800 000 dinars tunisiens', 800_000, 'TND'],
    ['a 40 million Tunisian dinars budget', '40 million Tunisian dinars', 40 * M, 'TND'],
  ]);

  it('reads a range with a letter sign on both ends as two amounts, each with the range', () => {
    const range = (min: number, max: number) => ({ range: { min, max } });
    expect(seen('a RM100bn-RM150bn pipeline')).toEqual([
      money('RM100bn', 100 * B, 'MYR', range(100 * B, 150 * B)), money('RM150bn', 150 * B, 'MYR', range(100 * B, 150 * B)),
    ]);
    expect(seen('W500bn to W700bn a year')).toEqual([
      money('W500bn', 500 * B, 'KRW', range(500 * B, 700 * B)), money('W700bn', 700 * B, 'KRW', range(500 * B, 700 * B)),
    ]);
  });

  it.each([
    'the Radeon PRO W7900 and W6800 cards',
    'a 700 W accelerator drawing 1,000 W at peak',
    'PHP 8.3 and Python 3.12',
    'room RM 204 on floor 2',
    'gate KSh 45 opens',
    // A model's letters glued to its number are no currency's: Huawei's Ascend 950DT.
    '昇腾950PR和950DT',
    // A code glued to a number with no scale word is a name: the COP28 summit.
    'pledged at COP28 in Dubai',
  ])('reads no money in %s', (text) => {
    expect(seen(text)).toEqual([]);
  });
});

describe('złoty, rand, rupiah and Gulf currencies in every language', () => {
  // A bare noun shared by several currencies (rand, dirham, riyal, real, krona) is the likeliest one, marked inferred.
  readsEach([
    ['mit 700 Mio. Rand finanziert', '700 Mio. Rand', 700 * M, 'ZAR'],
    ['1,5 Mrd. Dirham für Rechenzentren', '1,5 Mrd. Dirham', 1.5 * B, 'AED'],
    ['500 Mio. Real für Start-ups', '500 Mio. Real', 500 * M, 'BRL'],
    ['ein Fonds von 2 Mrd. Riyal', '2 Mrd. Riyal', 2 * B, 'SAR'],
    ['3億クローナの融資', '3億クローナ', 3e8, 'SEK'],
  ], { currencyInferred: true });

  readsEach([
    ['Die Runde brachte 80 Millionen Zloty.', '80 Millionen Zloty', 80 * M, 'PLN'],
    ['umgerechnet 1,2 Milliarden Złoty', '1,2 Milliarden Złoty', 1.2 * B, 'PLN'],
    ['ein Kredit von 30 Mio. PLN', '30 Mio. PLN', 30 * M, 'PLN'],
    ['50 Mio. ägyptische Pfund', '50 Mio. ägyptische Pfund', 50 * M, 'EGP'],
    ['5000万ズウォティを調達', '5000万ズウォティ', 5e7, 'PLN'],
    ['2兆ルピアの投資', '2兆ルピア', 2e12, 'IDR'],
    ['5億ディルハムで買収', '5億ディルハム', 5e8, 'AED'],
    ['2億ノルウェー・クローネ', '2億ノルウェー・クローネ', 2e8, 'NOK'],
    ['10億エジプトポンド', '10億エジプトポンド', 1e9, 'EGP'],
    ['融资3亿兹罗提', '3亿兹罗提', 3e8, 'PLN'],
    ['投资50亿印尼盾', '50亿印尼盾', 5e9, 'IDR'],
    ['20亿迪拉姆', '20亿迪拉姆', 2e9, 'AED'],
    ['une levée de 40 millions de zlotys', '40 millions de zlotys', 40 * M, 'PLN'],
    ['500 millions de rands', '500 millions de rands', 500 * M, 'ZAR'],
    ['una ronda de 90 millones de zlotys', '90 millones de zlotys', 90 * M, 'PLN'],
    ['300 millones de libras egipcias', '300 millones de libras egipcias', 300 * M, 'EGP'],
    ['raised 120 million zlotys', '120 million zlotys', 120 * M, 'PLN'],
    ['a 2 billion Kenyan shillings loan', '2 billion Kenyan shillings', 2 * B, 'KES'],
  ]);
});
