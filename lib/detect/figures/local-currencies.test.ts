import { describe, expect, it } from 'vitest';
import { detect } from '../index.ts';

const cur = (text: string) => detect(text, { types: ['money'] }).entities.map((e) => (e.type === 'money' ? `${e.text}=${e.currency}` : ''));

describe('a currency a place makes local', () => {
  it('reads "$" and "pesos" as the peso of the country the sentence names', () => {
    expect(cur('En Argentina, la fintech de pagos que fundaron los dos hermanos recaudó $ 45.000 millones para crecer en el país y contratar a 200 personas, según informó la empresa.'))
      .toEqual(['$ 45.000 millones=ARS']);
    expect(cur('En Colombia, la firma que dirige su fundador invertirá $2,5 billones en centros de datos para los bancos del país, con una planta por región.'))
      .toEqual(['$2,5 billones=COP']);
    // The sign with "pesos" after it is the peso's, the place's or else Mexico's; with dollars it stays the dollar.
    expect(cur('La empresa de pagos, que opera en Colombia y en otras ciudades del país, facturó $48.000 millones de pesos el año pasado.'))
      .toEqual(['$48.000 millones de pesos=COP']);
    expect(cur('La empresa mexicana recaudó $500 millones de pesos en Monterrey el año pasado, según la compañía.'))
      .toEqual(['$500 millones de pesos=MXN']);
    expect(cur('It raised $5 million dollars.')).toEqual(['$5 million dollars=USD']);
  });

  it('reads "$" as the Canadian, Australian or New Zealand dollar where the sentence names the country or a city', () => {
    expect(cur('Toronto-based Qorvane said the telecom will spend $3.6-billion on the campus.')).toEqual(['$3.6-billion=CAD']);
    expect(cur('In Sydney, the data-centre operator raised $2 billion from pension funds.')).toEqual(['$2 billion=AUD']);
    expect(cur('The Auckland start-up raised $12 million.')).toEqual(['$12 million=NZD']);
    // The adjective says whose fund, not which dollar; and the US keeps the reading.
    expect(cur('The Canadian pension fund put $500 million into the US firm.')).toEqual(['$500 million=USD']);
    expect(cur('In Toronto it met investors; in New York it raised $80 million.')).toEqual(['$80 million=USD']);
    // A sentence that writes the local dollar with its own sign keeps the bare one for the US dollar.
    expect(cur("It bought Australia's AirTrunk for A$24 billion and pledged SEK95bn ($10bn) in Sweden.")).toEqual([
      'A$24 billion=AUD', 'SEK95bn=SEK', '$10bn=USD',
    ]);
    // US$ beside the bare sign leaves it the local peso's.
    expect(cur('La startup chilena Vuelto anunció una ronda por US$3 millones —unos $2.850 millones—.')).toEqual(['US$3 millones=USD', '$2.850 millones=CLP']);
  });

  it('reads the Peruvian sol\'s sign', () => {
    expect(cur('La minera invertirá S/ 12 millones en Arequipa.')).toEqual(['S/ 12 millones=PEN']);
    // A price too: no room or word is named "S/".
    expect(cur('Cobra a los colegios unos S/ 25 al mes por alumno.')).toEqual(['S/ 25=PEN']);
  });

  it('reads the Israeli shekel as the English press in Israel writes it, with a scale word', () => {
    expect(cur('The round, worth about NIS 102 million, follows NIS 4.5 million of seed money.')).toEqual(['NIS 102 million=ILS', 'NIS 4.5 million=ILS']);
    expect(cur('Die NIS2-Richtlinie gilt seit 2024.')).toEqual([]);
  });

  it('lets a nearer place, or a sentence end, keep the reading', () => {
    expect(cur('La startup argentina abrió una oficina en México, donde levantó $ 45 millones para crecer en el país y contratar a 200 personas.'))
      .toEqual(['$ 45 millones=USD']);
    const mexican = 'Vende en Colombia y Chile. La empresa recaudó 2,200 millones de pesos en su ronda.';
    expect(cur(mexican)).toEqual(['2,200 millones de pesos=MXN']);
  });

  it('reads dirhams near Morocco as Moroccan, in French and in Arabic', () => {
    expect(cur('Au Maroc, la jeune pousse a levé 120 millions de dirhams auprès de fonds locaux et régionaux.'))
      .toEqual(['120 millions de dirhams=MAD']);
    expect(cur('وفي المغرب، جمعت الشركة الناشئة ٤٫٢ مليار درهم من مستثمرين محليين.')).toEqual(['٤٫٢ مليار درهم=MAD']);
    expect(cur('وفي دبي، جمعت الشركة الناشئة 4 مليارات درهم من مستثمرين محليين.')).toEqual(['4 مليارات درهم=AED']);
    // A bare riyal is Qatari in a text about Qatar, Saudi in one about Riyadh; a bare dinar Bahraini in Bahrain.
    expect(cur('وقال جهاز قطر للاستثمار في الدوحة إن المشروع سيضيف ملياري ريال سنويا.')).toEqual(['ملياري ريال=QAR']);
    expect(cur('وفي الرياض جمعت الشركة ملياري ريال.')).toEqual(['ملياري ريال=SAR']);
    expect(cur('وفي البحرين جمعت الشركة 5 ملايين دينار.')).toEqual(['5 ملايين دينار=BHD']);
    expect(cur('وفي الجزائر جمعت الشركة 120 مليون دينار.')).toEqual(['120 مليون دينار=DZD']);
    expect(cur('جمعت المنصة التونسية 5 ملايين دينار، وفي بغداد 3 مليارات دينار.')).toEqual(['5 ملايين دينار=TND', '3 مليارات دينار=IQD']);
  });

  it('reads a bare dinar or shilling in French and English by the country the text is about', () => {
    expect(cur('La start-up tunisienne, basée à Tunis, a levé 5 millions de dinars auprès d’un fonds de Tunisie.'))
      .toEqual(['5 millions de dinars=TND']);
    expect(cur('À Alger, la jeune pousse a levé 300 millions de dinars.')).toEqual(['300 millions de dinars=DZD']);
    // A bare German krone is the Swedish one, unless the text is about Norway, Denmark or Czechia.
    expect(cur('Das Start-up aus Oslo sammelte 420 Mio. Kronen ein.')).toEqual(['420 Mio. Kronen=NOK']);
    expect(cur('Die Firma aus Prag erhielt 310 Millionen Kronen.')).toEqual(['310 Millionen Kronen=CZK']);
    expect(cur('Die Firma erhielt 310 Millionen Kronen.')).toEqual(['310 Millionen Kronen=SEK']);
    expect(cur('The Amman-based start-up raised 3 million dinars.')).toEqual(['3 million dinars=JOD']);
    expect(cur('In Kampala, the lender raised 2 billion shillings.')).toEqual(['2 billion shillings=UGX']);
    // With no country to say otherwise, the dinar stays Kuwaiti and the shilling Kenyan.
    expect(cur('The lender raised 2 billion shillings and 3 million dinars.')).toEqual(['2 billion shillings=KES', '3 million dinars=KWD']);
  });

  it('reads a dinar or a dirham by the country named last before it, in a text about two that names each again and again', () => {
    const two = 'تأسست المنصة في الأردن، ولها طلاب في كل محافظات الأردن. وقال مؤسسها إن الدرس الخاص يكلف الأسرة 150 ديناراً في الشهر. '
      + 'أما في المغرب فتعمل شركة ثانية مع عيادات المغرب. وتبلغ كلفة الاشتراك 70 درهماً للمريض.';
    expect(cur(two)).toEqual(['150 دينارا=JOD', '70 درهما=MAD']);
    // Named once in passing, a country says nothing of the next sentence's money.
    expect(cur('ولها مكتب في الأردن. وقال مؤسسها إن الدرس يكلف 150 ديناراً.')).toEqual(['150 دينارا=KWD']);
  });

  it('reads bare francos as Swiss francs, a guess, as French reads bare francs', () => {
    expect(cur('La operadora invertirá otros 200 millones de francos en su red de fibra.')).toEqual(['200 millones de francos=CHF']);
  });

  it('reads rupees as Pakistan\'s or Sri Lanka\'s in a sentence about them, India\'s otherwise', () => {
    expect(cur('In Pakistan, the Karachi lender disbursed Rs2.5 billion last year.')).toEqual(['Rs2.5 billion=PKR']);
    expect(cur('The Colombo start-up, the largest in Sri Lanka, raised Rs400 million.')).toEqual(['Rs400 million=LKR']);
    expect(cur('The Mumbai start-up raised Rs 500 crore.')).toEqual(['Rs 500 crore=INR']);
  });

  it('reads "$" as the Mexican peso in a text about Mexico that writes the US dollar as "US$"', () => {
    const mexican = 'La startup de Monterrey levantó US$4 millones. En México, una renta de $12.000 al mes ya es común en la capital.';
    expect(cur(mexican)).toEqual(['US$4 millones=USD', '$12.000=MXN']);
    expect(cur('En México, la empresa levantó $12 millones de un fondo de Texas.')).toEqual(['$12 millones=USD']);
  });

  it('reads dollars in a text that keeps naming Québec as Canadian, unless Switzerland is named as much', () => {
    const quebec = 'La société de Montréal, active au Québec, a levé 15 millions de dollars. Le Québec soutient le projet.';
    expect(cur(quebec)).toEqual(['15 millions de dollars=CAD']);
    expect(cur('À Lausanne comme à Genève et à Zurich, en Suisse, le Québec observe. La société a levé 3 milliards de dollars.'))
      .toEqual(['3 milliards de dollars=USD']);
  });
});
