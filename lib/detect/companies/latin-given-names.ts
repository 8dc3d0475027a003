/**
 * Given names in Latin letters that news puts before a surname: the word after
 * one is a person's ("Jeff Bezos", "Rodolphe Saadé", "Gautam Adani"), though a
 * firm may bear the same name. They ride in a chunk of their own
 * (entrypoints/given.ts), which any story about money loads unless it is in
 * Chinese or Japanese, beside the European chunk's few (european-cue-words.ts). Left out: names that are as
 * often a firm's word or an English one (Morgan, Chase, Ford, Grace, May,
 * Will, Hugo, Ralph, Wendy).
 */
import type { CueWords } from './cue-lexicon.ts';

export const LATIN_GIVEN_NAMES: CueWords = {
  givenNames: (
    // English.
    'jeff jeffrey elon larry sergey satya sundar tim bill steve steven mark marc sam peter andrew andy brian kevin jensen lisa ' +
    'susan sheryl marissa mary jennifer jessica sarah emily elizabeth margaret patricia linda barbara karen nancy betty ' +
    'robert richard william joseph daniel matthew anthony donald george kenneth edward ronald timothy jason gary ' +
    'eric ryan jacob nicholas jonathan stephen justin scott brandon benjamin samuel gregory alexander patrick raymond ' +
    'dennis jerry tyler aaron adam nathan henry zachary douglas harold arthur carl roger keith jeremy terry lawrence ' +
    'sean christopher dylan jesse bryan joe billy bruce gabriel alan juan wayne roy ralph eugene russell bobby vincent ' +
    'mike tom bob dan dave rob greg chris matt nick alex ben josh reid marc vinod chamath ' +
    // French, Italian, Portuguese and Spanish.
    'yves rodolphe arnaud bernard alain michel henri charlie guillaume emmanuel bruno laurent éric gérard dominique ' +
    'stéphane christophe frédéric sébastien benoît mathieu cédric didier thierry hervé denis rené patrice ' +
    'hélène valérie catherine nathalie christine sylvie véronique delphine agnès élodie ' +
    'giorgio giuseppe giovanni marco luca matteo andrea alessandro francesco lorenzo roberto stefano paolo sergio ' +
    'mario silvio carlo fabio massimo gianluca chiara giulia francesca ' +
    'joão pedro paulo rafael ricardo rodrigo eduardo jorge manuel antónio antonio francisco diego gonzalo martín ' +
    'ignacio jaime enrique ramón rafael óscar álvaro íñigo iñigo jokin iker josu mikel núria marta elena isabel cristina ' +
    'beatriz pilar rosa teresa luiz inácio marcelo gustavo ' +
    'carla lucia paula valentina camila daniela gabriela natalia mariana fernanda claudia verónica mónica silvia lorena alejandra alberto víctor raúl juliana ' +
    'paola valeria ximena jimena carolina sofía renata luciana florencia agustina josefina constanza macarena catalina antonella ' +
    'romina adriana diana liliana esteban sebastián mateo nicolás felipe tomás joaquín emilio hernán fabián julián ' +
    'cristián mauricio gerardo arturo alfredo guillermo ernesto leonardo matías césar rubén ' +
    // Turkish.
    'mehmet ahmet mustafa ayşe emre burak murat elif zeynep selin deniz kerem ' +
    // German, Dutch and Nordic.
    'jürgen wolfgang dieter günter helmut bernd uwe frank thorsten torsten ralf rolf martin oliver christoph ' +
    'alexander maximilian moritz felix jonas lars nils sven björn jens henrik anders magnus erik tomas tobias johan ' +
    'mikael kristian pieter jeroen sanne daan ' +
    // South Asian, Arab and East Asian names written in Latin letters.
    'mukesh anil gautam ratan nandan narayana azim sunil rajesh ramesh suresh vijay arvind nikhil ravi rahul amit ' +
    'anand byju deepinder kunal ritesh bhavish mohammed muhammad mohamed ahmed ahmad khalid sultan mansour faisal ' +
    'saud tahnoun hamad tamim omar yousef youssef abdullah abdulaziz masayoshi hiroshi akio kenichiro takeshi tadashi ' +
    'hiroaki yoshihiro ken kazuo satoshi pony robin ' +
    'karthik karthikeyan priya arjun vikram rohan sanjay vivek aditya siddharth ananya deepak pooja neha kavya meera abhishek ' +
    'gaurav varun manish sachin naveen pranav akshay srinivas venkat harish girish rakesh sandeep sumit rohit ankit ' +
    'ankur nitin pankaj rajiv sameer shreya divya anjali ' +
    'usman imran bilal hamza asad tariq kamran irfan shahid naveed waqas zubair junaid ayesha fatima zainab maryam hassan hussain ' +
    // West and North African names as the French press writes them ("l'université Cheikh Anta Diop").
    'cheikh mamadou moussa ousmane fatou abdoulaye amadou aïssatou ibrahima oumar aminata mariama boubacar seydou ' +
    'souleymane idrissa mehdi hicham rachid nabil samir salma leila yasmine sofiane'
  ).split(' '),
  /**
   * Nationalities, which say where, as places do: they open a national network's name ("Estonian Business Angels
   * Network") and are no firm's short form ("the Estonian register"). Riding here keeps them off the content script.
   */
  places: ('italian spanish portuguese dutch belgian austrian swedish norwegian danish finnish estonian latvian lithuanian polish ' +
    'czech hungarian romanian greek turkish russian ukrainian irish canadian mexican brazilian argentine chilean colombian peruvian ' +
    'japanese korean pakistani indonesian malaysian singaporean vietnamese filipino australian nigerian kenyan egyptian moroccan ' +
    // Countries and capitals a development bank or a mobile operator's arm is named for ("Uganda Development Bank", "MTN
    // Uganda"): alone, each is the place ("In Uganda, …").
    'uganda tanzania rwanda ethiopia ghana senegal zambia zimbabwe botswana namibia mozambique angola cameroon guinea togo benin ' +
    'tunisia algeria libya sudan jordan lebanon syria iraq iran oman kuwait bahrain yemen pakistan bangladesh nepal lanka ' +
    'philippines cambodia myanmar mongolia kazakhstan uzbekistan ukraine romania hungary greece portugal croatia serbia bulgaria ' +
    'latvia lithuania iceland luxembourg ecuador bolivia paraguay uruguay venezuela panama guatemala honduras jamaica ' +
    'kampala kigali accra karachi lahore manila jakarta hanoi bangkok lima bogotá bogota quito montevideo amman beirut ' +
    'muscat manama istanbul ankara athens bucharest budapest kyiv ' +
    // Startup cities a possessive puts before a firm ("Toronto's Layover Labs"), and the states news of data centres names.
    'toronto montreal vancouver boston seattle austin chicago atlanta denver miami sydney melbourne adelaide brisbane perth ' +
    'auckland tallinn helsinki oslo copenhagen vienna prague warsaw lagos nairobi cairo bangalore bengaluru delhi jamnagar hyderabad ' +
    'louisiana wyoming nevada oregon iowa indiana pennsylvania tennessee wisconsin michigan mississippi oklahoma utah ' +
    'massachusetts connecticut maryland colorado minnesota missouri kentucky alabama kansas nebraska idaho montana').split(' '),
};
