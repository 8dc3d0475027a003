/**
 * More Arabic words that companies put in their names, with the Latin spelling the brands and the English press give
 * them (غرسة is Ghirsa, شهب Shuhub, جمانة Jumana), by theme: a second reviewed batch of arabic-words.ts's list, keyed
 * the same way (normalized, one word, no article). Words that ordinary news prose uses in other senses stay out
 * (انهار "collapsed", ذراع a company's "arm", خزانة the Treasury, لين also the surname Lin).
 */
/** Places whose English name drops the Arabic article ("البحرين للحوسبة السحابية": Bahrain Cloud Computing, not Al Bahrain). */
export const BARE_PLACES = new Set(('شويخ بحرين كويت رياض دوحة منامة شارقة فجيرة ظهران دمام طائف قطيف عقبة اسكندرية قاهرة جيزة بصرة ' +
  'موصل رباط').split(' '));

export const ARABIC_WORDS_2: Record<string, string> = {
  // Places firms are named for, spelled as the firms spell them ("مياه تهامة": Tihama Water).
  ابوظبي: 'Abu Dhabi', دبي: 'Dubai', عجمان: 'Ajman', مسقط: 'Muscat', جدة: 'Jeddah', ينبع: 'Yanbu', جبيل: 'Jubail', نجران: 'Najran',
  تبوك: 'Tabuk', قصيم: 'Qassim', عسير: 'Asir', تهامة: 'Tihama',
  // Without their article, as the name reader looks them up ("العين للتوزيع": Al Ain Distribution); most drop it in
  // English (BARE_PLACES).
  عين: 'Ain', شويخ: 'Shuwaikh', صحار: 'Sohar', كاظمة: 'Kazma', بحرين: 'Bahrain', كويت: 'Kuwait',
  دوحة: 'Doha', منامة: 'Manama', شارقة: 'Sharjah', فجيرة: 'Fujairah', ظهران: 'Dhahran', دمام: 'Dammam', طائف: 'Taif', احساء: 'Ahsa',
  قطيف: 'Qatif', صلالة: 'Salalah', نزوي: 'Nizwa', عقبة: 'Aqaba', اسكندرية: 'Alexandria', قاهرة: 'Cairo', جيزة: 'Giza', بصرة: 'Basra',
  موصل: 'Mosul', اربيل: 'Erbil', رباط: 'Rabat', طنجة: 'Tangier', مراكش: 'Marrakech', وهران: 'Oran', صفاقس: 'Sfax', بيروت: 'Beirut',
  دمشق: 'Damascus', حلب: 'Aleppo',
  // A barricade ("متراس": Mitras, not the Mutares a sound-alike hears).
  متراس: 'Mitras',
  // Sky and stars.
  شهب: 'Shuhub', نيزك: 'Nayzak', كواكب: 'Kawakib', اقمار: 'Aqmar', بدور: 'Budoor', شموس: 'Shumoos', فرقد: 'Farqad',
  دبران: 'Dabaran', مرزم: 'Mirzam', زحل: 'Zuhal', مريخ: 'Mirreekh', عطارد: 'Utarid', قطب: 'Qutb', كوكبة: 'Kawkaba',
  مجرات: 'Majarrat', اكوان: 'Akwan', سماوات: 'Samawat', اهلة: 'Ahilla', مطالع: 'Matali', مشارق: 'Mashariq', بزوغ: 'Buzoogh',
  طلوع: 'Tuloo', غسق: 'Ghasaq', هالة: 'Hala', قزح: 'Quzah', ليالي: 'Layali',
  // Weather and air.
  سحابة: 'Sahaba', سحائب: 'Sahaib', غيم: 'Ghaim', غيوم: 'Ghuyoom', مزنة: 'Muzna', مزون: 'Mazoon', ديمة: 'Deema', وابل: 'Wabil',
  هتان: 'Hattan', قطرة: 'Qatra', ضباب: 'Dhabab', صقيع: 'Saqee', ثلج: 'Thalj', جليد: 'Jaleed', رعد: 'Raad', صاعقة: 'Saiqa',
  ريح: 'Reeh', هبوب: 'Haboob', نسائم: 'Nasaem', نسمة: 'Nesma', عبق: 'Abaq', شميم: 'Shameem',
  نفحة: 'Nafha', عطر: 'Itr',
  // Light and fire.
  لمعة: 'Lamaa', لمعان: 'Lamaan', سطوع: 'Sutoo', ساطع: 'Sati', زاهي: 'Zahi', مصباح: 'Misbah', مصابيح: 'Masabeeh', شمعة: 'Shamaa',
  شموع: 'Shumoo', مشعل: 'Mishal', مشاعل: 'Mashael', شعلة: 'Shula', جذوة: 'Jadhwa', لهب: 'Lahab', منار: 'Manar',
  منارات: 'Manarat', فنار: 'Fanar', قناديل: 'Qanadeel', فوانيس: 'Fawanees', بهاء: 'Bahaa', رونق: 'Rawnaq', انارة: 'Inara',
  تنوير: 'Tanweer', اشراقة: 'Ishraqa', صبح: 'Subh',
  // Sea and coast.
  بحور: 'Buhoor', امواج: 'Amwaj', لجة: 'Lujja', عباب: 'Ubab', مرفا: 'Marfa', مرافئ: 'Marafi', مرساة: 'Mirsat', اشرعة: 'Ashria',
  مجداف: 'Mijdaf', دفة: 'Daffa', زورق: 'Zawraq', سنبوك: 'Sanbook', محار: 'Mahar', صدف: 'Sadaf', لولو: 'Lulu', لالئ: 'Laali',
  مرجانة: 'Marjana', نوارس: 'Nawaris', حوت: 'Hoot', شعاب: 'Shiab', ساحل: 'Sahil', سواحل: 'Sawahil', شواطئ: 'Shawati',
  ضفاف: 'Difaf', بحيرة: 'Buhaira', خور: 'Khor', ملاح: 'Mallah', ابحار: 'Ibhar', نوخذة: 'Nokhatha', غواص: 'Ghawwas', غوص: 'Ghaws',
  // Desert and land.
  كثبان: 'Kuthban', نفود: 'Nufood', سبخة: 'Sabkha', بادية: 'Badia', بيداء: 'Baidaa', صحاري: 'Sahari', فيافي: 'Fayafi',
  هجير: 'Hajeer', قيظ: 'Qaidh', خيمة: 'Khaima', خيام: 'Khiyam', قوافل: 'Qawafil', هودج: 'Hawdaj', ناقة: 'Naqa',
  مطية: 'Matiyya', واحات: 'Wahat', فلج: 'Falaj', طوي: 'Tawi', مرابع: 'Marabi', مراتع: 'Marati', اطلال: 'Atlal', ربوع: 'Ruboo',
  اكناف: 'Aknaf', بطاح: 'Bitah',
  // Mountains and hills.
  جبل: 'Jabal', جبال: 'Jibal', قمم: 'Qimam', ذروة: 'Dhurwa', اعالي: 'Aali', طود: 'Tawd', شاهق: 'Shahiq', سفح: 'Safh',
  هضبة: 'Hadba', روابي: 'Rawabi', رابية: 'Rabiya', ربوة: 'Rabwa', تلال: 'Tilal', تلة: 'Talla', كهف: 'Kahf', مغارة: 'Maghara',
  صخرة: 'Sakhra', صخر: 'Sakhr', صخور: 'Sukhoor', جلمود: 'Julmood', صفا: 'Safa',
  // Valleys, rivers and plains.
  سهول: 'Suhool', مروج: 'Murooj', مرج: 'Marj', وديان: 'Widyan', اودية: 'Awdiya', نهر: 'Nahr', رافد: 'Rafid', منبع: 'Manba',
  منابع: 'Manabi', ينبوع: 'Yanboo', ينابيع: 'Yanabee', شلال: 'Shallal',
  // Water and irrigation.
  سقيا: 'Suqya', سقاية: 'Siqaya', ساقي: 'Saqi', ساقية: 'Saqiya', رواء: 'Rewaa', ارواء: 'Irwaa', ارتواء: 'Irtiwaa', زلال: 'Zulal',
  نمير: 'Nameer', تسنيم: 'Tasnim', مشرب: 'Mashrab', مناهل: 'Manahil', رشفة: 'Rashfa', فيض: 'Faidh',
  وفير: 'Wafeer', غزير: 'Ghazeer', جرة: 'Jarra', قربة: 'Qirba', دلو: 'Dalw', صهريج: 'Sahreej', ترعة: 'Tura', ناعورة: 'Naoura',
  شادوف: 'Shadoof',
  // Trees and plants.
  شجرة: 'Shajara', شجر: 'Shajar', اشجار: 'Ashjar', غصن: 'Ghusn', اغصان: 'Aghsan', فنن: 'Fanan', افنان: 'Afnan', جذر: 'Jithr',
  برعم: 'Burum', براعم: 'Baraem', نبتة: 'Nabta', عشب: 'Ushb', خضرة: 'Khudra', اخضر: 'Akhdar', يانع: 'Yani', نضرة: 'Nadhra',
  نضير: 'Nadheer', غابة: 'Ghaba', غابات: 'Ghabat', ظلال: 'Dhilal', اثل: 'Athl', طلح: 'Talh', سدر: 'Sidr', عرفج: 'Arfaj',
  غضا: 'Ghadha', صبار: 'Sabbar', صنوبر: 'Sanawbar', سرو: 'Sarw', بلوط: 'Balloot', صفصاف: 'Safsaf', سنديان: 'Sindiyan',
  ارزة: 'Arza', زيزفون: 'Zayzafoon', خيزران: 'Khaizaran', قصب: 'Qasab', بردي: 'Bardi', كتان: 'Kattan',
  // Flowers and herbs.
  زهر: 'Zahr', ورود: 'Wurood', جوري: 'Joori', نسرين: 'Nasreen', بنفسج: 'Banafsaj', سوسن: 'Sawsan', زنبق: 'Zanbaq',
  اقحوان: 'Uqhuwan', جلنار: 'Julnar', بيلسان: 'Bailasan', ليلك: 'Laylak', نفل: 'Nafal', نعناع: 'Nana', زعتر: 'Zaatar',
  حبق: 'Habaq', ميرمية: 'Maramiya', بابونج: 'Baboonaj', شيح: 'Sheeh', قيصوم: 'Qaisoom', حناء: 'Hinnaa',
  // Palms and dates.
  نخل: 'Nakhl', عذق: 'Ithq', سعف: 'Saaf', جمار: 'Jummar', رطب: 'Rutab', تمر: 'Tamr', بلح: 'Balah', عجوة: 'Ajwa',
  برحي: 'Barhi',
  // Fruits.
  ثمرة: 'Thamara', ثمر: 'Thamar', فاكهة: 'Fakiha', فواكه: 'Fawakih', زيتونة: 'Zaytuna', كرمة: 'Karma', عنب: 'Inab', تين: 'Teen',
  رمان: 'Rumman', تفاح: 'Tuffah', تفاحة: 'Tuffaha', ليمون: 'Laymoon', خوخ: 'Khokh', مشمش: 'Mishmish', توت: 'Toot', كرز: 'Karaz',
  لوز: 'Lawz', فستق: 'Fustuq',
  // Agriculture and harvest.
  غرسة: 'Ghirsa', غراس: 'Ghiras', غرس: 'Ghars', بذرة: 'Bithra', بذور: 'Buthoor', شتلة: 'Shatla', حقول: 'Huqool',
  بساتين: 'Basateen', حديقة: 'Hadeeqa', حدائق: 'Hadaeq', جنان: 'Jinan', روض: 'Rawdh', ريف: 'Reef',
  حاكورة: 'Hakoora', سنبلة: 'Sunbula', سنابل: 'Sanabil', قمح: 'Qamh', حنطة: 'Hinta', شعير: 'Shaeer', سمسم: 'Simsim',
  قطاف: 'Qitaf', بيدر: 'Baydar', غلة: 'Ghalla', محراث: 'Mihrath', منجل: 'Minjal', معول: 'Miwal', غربال: 'Ghirbal', رحي: 'Raha',
  // Spices, scents and honey.
  قرنفل: 'Qaranful', زنجبيل: 'Zanjabeel', قرفة: 'Qirfa', بهار: 'Bahar', لبان: 'Luban', كافور: 'Kafoor',
  صندل: 'Sandal', عسل: 'Asal', رحيق: 'Raheeq', شذا: 'Shaza',
  // Birds.
  طير: 'Tair', طيور: 'Tuyoor', سرب: 'Sirb', ريش: 'Reesh', عصفور: 'Asfoor', حمامة: 'Hamama', يمام: 'Yamam', قطا: 'Qata',
  كروان: 'Karawan', بلبل: 'Bulbul', هزار: 'Hazar', حسون: 'Hassoon', شحرور: 'Shahroor', سنونو: 'Snoonu', قبرة: 'Qubbara',
  حجل: 'Hajal', غرنوق: 'Ghurnooq', طاووس: 'Tawoos', نعامة: 'Naama', غراب: 'Ghurab', صقور: 'Suqoor', نسور: 'Nusoor',
  باشق: 'Bashiq', فينيق: 'Fineeq',
  // Horses and riding gear.
  خيل: 'Khail', خيول: 'Khuyool', حصان: 'Hisan', مهرة: 'Muhra', جياد: 'Jiyad', صافنات: 'Safinat', عاديات: 'Adiyat',
  فرسان: 'Fursan', اشهب: 'Ashhab', كميت: 'Kumait', ابلق: 'Ablaq', سرج: 'Surj', لجام: 'Leejam', زمام: 'Zimam',
  // Wild animals.
  ضرغام: 'Dhirgham', ضيغم: 'Dhaigham', قسورة: 'Qaswara', هزبر: 'Hizabr', شبل: 'Shibl', اشبال: 'Ashbal', ليوث: 'Luyooth',
  نمر: 'Nimr', فهود: 'Fuhood', غزالة: 'Ghazala', غزلان: 'Ghizlan', ظبية: 'Dhabya', وعل: 'Wail', ذيب: 'Theeb', نحل: 'Nahl',
  نملة: 'Namla', يعسوب: 'Yasoob',
  // Gems, stones and metals.
  جمان: 'Juman', جمانة: 'Jumana', درر: 'Durar', دانات: 'Danat', جواهر: 'Jawahir', ياقوتة: 'Yaqoota', زبرجد: 'Zabarjad',
  يشب: 'Yashb', مرمر: 'Marmar', رخام: 'Rukham', صوان: 'Sawwan', بلور: 'Billawr', عسجد: 'Asjad', تبر: 'Tibr', عقيان: 'Iqyan',
  نضار: 'Nudhar', ابريز: 'Ibreez', سبيكة: 'Sabeeka', سبائك: 'Sabaek', فولاذ: 'Foulath', معدن: 'Maadin',
  // Colours.
  ازرق: 'Azraq', زرقة: 'Zurqa', سماوي: 'Samawi', احمر: 'Ahmar', حمراء: 'Hamra', قاني: 'Qani', عنابي: 'Unnabi', قرمز: 'Qirmiz',
  ارجوان: 'Urjuwan', ابيض: 'Abyadh', ناصع: 'Nasi', اسمر: 'Asmar', سمراء: 'Samraa', كحلي: 'Kuhli', وردي: 'Wardi',
  لازورد: 'Lazaward', طيف: 'Tayf', صبغة: 'Sibgha', غرة: 'Ghurra', اغر: 'Agharr',
  // Loyalty, generosity and chivalry.
  ولاء: 'Walaa', شهامة: 'Shahama', نخوة: 'Nakhwa', مروءة: 'Muruwwa', كرم: 'Karam', سخاء: 'Sakhaa', ايثار: 'Ithar',
  نشمي: 'Nashmi', شهم: 'Shahm', فزعة: 'Fazaa', نجدة: 'Najda', غوث: 'Ghawth', مدد: 'Madad', ظهير: 'Dhaheer', رفقة: 'Rifqa',
  صحبة: 'Suhba', اخاء: 'Ikhaa', تكاتف: 'Takatuf', تكافل: 'Takaful', عطايا: 'Ataya', هبة: 'Hiba', نعمة: 'Neama', خيرات: 'Khairat',
  حفاوة: 'Hafawa',
  // Pride, honour and ambition.
  كرامة: 'Karama', شرف: 'Sharaf', فخر: 'Fakhr', انفة: 'Anafa', عنفوان: 'Unfuwan', طموح: 'Tumooh', همم: 'Himam', عزيمة: 'Azeema',
  مثابرة: 'Muthabara', كفاح: 'Kifah', شجاعة: 'Shajaa', اقدام: 'Iqdam', جسارة: 'Jasara', بسالة: 'Basala', حماسة: 'Hamasa',
  شغف: 'Shaghaf', هيبة: 'Haiba', علياء: 'Alyaa', عريق: 'Areeq', عراقة: 'Araqa', طليعة: 'Taleea', طلائع: 'Talaei',
  فرادة: 'Farada', تفرد: 'Tafarrud',
  // Grace and character.
  وقار: 'Waqar', صبر: 'Sabr', اتزان: 'Ittizan', رزانة: 'Razana', فضيلة: 'Fadheela', مكارم: 'Makarim', شيمة: 'Sheema',
  نبل: 'Nubl', فطرة: 'Fitra', اناقة: 'Anaqa', روعة: 'Rawaa', جزالة: 'Jazala', لمسة: 'Lamsa',
  // Love, joy and calm.
  مودة: 'Mawadda', محبة: 'Mahabba', وداد: 'Widad', رحمة: 'Rahma', حنان: 'Hanan', لطف: 'Lutf', لطيف: 'Lateef', حنين: 'Haneen',
  شوق: 'Shawq', توق: 'Tawq', شجن: 'Shajan', وجدان: 'Wijdan', انفاس: 'Anfas', همس: 'Hams', فرح: 'Farah', سرور: 'Suroor',
  مسرة: 'Masarra', هناء: 'Hanaa', غبطة: 'Ghibta', رغد: 'Raghad', ليان: 'Layan', سكينة: 'Sakeena', طمانينة: 'Tumaneena',
  سكون: 'Sukoon', انسجام: 'Insijam', تناغم: 'Tanaghum',
  // Hope, fortune and blessing.
  امنية: 'Umniah', مرام: 'Maram', بشارة: 'Bishara', بشائر: 'Bashair', ميمون: 'Maymoon', اسعاد: 'Isaad',
  رزق: 'Rizq', ذخر: 'Dhukhr', ميسر: 'Moyasar', هداية: 'Hidaya',
  // Permanence and strength.
  خلود: 'Khulood', سرمد: 'Sarmad', صلابة: 'Salaba', منعة: 'Manaa', وقاية: 'Wiqaya', حصين: 'Haseen', مكين: 'Makeen',
  متين: 'Mateen', وثيق: 'Watheeq', دهر: 'Dahr',
  // Skill and excellence.
  جدارة: 'Jadara', براعة: 'Baraa', اجادة: 'Ijada', حرفة: 'Hirfa', حنكة: 'Hunka', دراية: 'Derayah', تدبير: 'Tadbeer',
  يقظة: 'Yaqadha',
  // Mind and intellect.
  نهي: 'Nuha', لب: 'Lubb', ذهن: 'Dhihn', اذهان: 'Adhhan', مدارك: 'Madarik', بصائر: 'Basaer', رؤي: 'Ruaa', لبيب: 'Labeeb',
  نبيه: 'Nabeeh', فهيم: 'Faheem', عليم: 'Aleem', بصير: 'Baseer', حصيف: 'Haseef', حكماء: 'Hukamaa', نبوغ: 'Nuboogh',
  نباهة: 'Nabaha', عبقرية: 'Abqariya', عبقري: 'Abqari', نابغة: 'Nabigha', نوابغ: 'Nawabigh', ملهم: 'Mulhim', مبدع: 'Mubdi',
  خاطرة: 'Khatira', مخيلة: 'Mukhayyila', فضول: 'Fudhool',
  // Knowledge and learning.
  معارف: 'Maarif', علوم: 'Uloom', فنون: 'Funoon', ادب: 'Adab', موسوعة: 'Mawsooa', قاموس: 'Qamoos',
  معجم: 'Mujam', فهرس: 'Fihris', مخطوطة: 'Makhtoota', صحائف: 'Sahaif', قرطاس: 'Qirtas', كراسة: 'Kurrasa',
  دفتر: 'Daftar', لوح: 'Lawh', تدوين: 'Tadween', ابجد: 'Abjad', ابجدية: 'Abjadiya', حرف: 'Harf', حروف: 'Huroof', سطر: 'Satr',
  سطور: 'Sutoor', اجتهاد: 'Ijtihad', مستكشف: 'Mustakshif', اختراع: 'Ikhtiraa', منهاج: 'Minhaj', معالم: 'Maalim',
  // Writing tools.
  يراع: 'Yaraa', اقلام: 'Aqlam', محبرة: 'Mihbara', دواة: 'Dawat', خطاط: 'Khattat',
  // Language and eloquence.
  بلاغة: 'Balagha', فصاحة: 'Fasaha', فصيح: 'Faseeh', تبيان: 'Tibyan', بينة: 'Bayyina',
  // Poetry and story.
  قصيدة: 'Qaseeda', قصائد: 'Qasaid', قافية: 'Qafiya', قوافي: 'Qawafi', معلقة: 'Muallaqa', ملحمة: 'Malhama',
  اسطورة: 'Ustoora', راوي: 'Rawi', سرد: 'Sard', نثر: 'Nathr',
  // Music.
  موشح: 'Muwashah', انشودة: 'Unshooda', ترنيمة: 'Tarneema', ناي: 'Nay', رباب: 'Rabab', ربابة: 'Rababa', مزمار: 'Mizmar',
  قيثارة: 'Qeethara', وتر: 'Watar', اوتار: 'Awtar', دبكة: 'Dabka',
  // Instruments of observation and measure.
  مكيال: 'Mikyal', كفة: 'Kiffa', عيار: 'Iyar', شبر: 'Shibr', قامة: 'Qama', فرسخ: 'Farsakh', قيراط: 'Qirat', مثقال: 'Mithqal',
  قنطار: 'Qintar', ميقات: 'Meeqat', مزولة: 'Mizwala', اسطرلاب: 'Usturlab', منظار: 'Minzar', مجهر: 'Mijhar', عدسة: 'Adasa',
  فرجار: 'Firjar', بيكار: 'Bikar', مسطرة: 'Mistara',
  // Craft and tools.
  مفاتيح: 'Mafateeh', نول: 'Nawl', مغزل: 'Mighzal', مكوك: 'Makkook', ابرة: 'Ibra', خيط: 'Khait', نساج: 'Nassaj',
  مطرقة: 'Mitraqa', سندان: 'Sindan', ازميل: 'Izmeel', صلصال: 'Salsal', فخار: 'Fakhkhar',
  // Household and heritage objects.
  ابريق: 'Ibreeq', دلة: 'Dallah', فنجان: 'Finjan', فنجال: 'Finjal', مبخرة: 'Mabkhara', مجمرة: 'Mijmara', مرجل: 'Mirjal',
  تنور: 'Tannoor', صاج: 'Saj', خابية: 'Khabiya', قارورة: 'Qaroora', شمعدان: 'Shamadan', مروحة: 'Mirwaha', سجادة: 'Sajjada',
  بساط: 'Bisat', زربية: 'Zarbiya', حصير: 'Haseer', سدو: 'Sadu', خوص: 'Khoos', بشت: 'Bisht', عقال: 'Oqal', غترة: 'Ghutra',
  شماغ: 'Shimagh', برنس: 'Burnus', قفطان: 'Qaftan',
  // Arms and regalia.
  خنجر: 'Khanjar', سيوف: 'Suyoof', بتار: 'Battar', رمح: 'Rumh', سهام: 'Siham', درع: 'Dir', دروع: 'Duroo', ترس: 'Turs',
  صولجان: 'Sawlajan', خاتم: 'Khatam', قلادة: 'Qilada', سوار: 'Siwar', اكليل: 'Ikleel', وسام: 'Wisam', بيارق: 'Bayariq',
  // Building and architecture.
  صروح: 'Suruh', قباب: 'Qibab', طاق: 'Taq', قنطرة: 'Qantara', فناء: 'Finaa', باحة: 'Baha', حوش: 'Hoosh', ديار: 'Diyar',
  قصبة: 'Qasba', حارة: 'Hara', فريج: 'Fereej', براحة: 'Baraha', ليوان: 'Liwan', مضافة: 'Madhafa', سقيفة: 'Saqeefa',
  عريشة: 'Areesha', عرزال: 'Irzal', برستي: 'Barasti', ملقف: 'Malqaf', شناشيل: 'Shanasheel', شرفة: 'Shurfa',
  دهليز: 'Dihleez', سرداب: 'Sirdab', صومعة: 'Sawmaa', مسلة: 'Misalla', محراب: 'Mihrab', منبر: 'Minbar', مرسم: 'Marsam',
  منتزه: 'Muntazah', نزهة: 'Nuzha', بلاط: 'Balat', قرميد: 'Qirmeed', فسيفساء: 'Fusaifisaa', زليج: 'Zellij', نقش: 'Naqsh',
  نقوش: 'Nuqoosh', زخرفة: 'Zakhrafa', مقرنص: 'Muqarnas', معمار: 'Mimar', عمارة: 'Imara', بنيان: 'Bunyan', مدماك: 'Midmak',
  دعامة: 'Diama', ركائز: 'Rakaiz', ركن: 'Rukn', وتد: 'Watad', اوتاد: 'Awtad',
  // Paths, ascent and foundations.
  مرتكز: 'Murtakaz', مسالك: 'Masalik', معارج: 'Maarij', مراقي: 'Maraqi', مدارج: 'Madarij', مرقاة: 'Mirqat', مضمار: 'Midmar',
  // Movement and speed.
  وثاب: 'Wathab', مسير: 'Maseer', تحليق: 'Tahleeq', ترحال: 'Tirhal', تجوال: 'Tijwal', طواف: 'Tawaf', خاطف: 'Khatif',
  رشاقة: 'Rashaqa', خفة: 'Khiffa', لمحة: 'Lamha', سيار: 'Sayyar', انسياب: 'Insiyab',
};
