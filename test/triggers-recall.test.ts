/**
 * Event recall at the type level: constructions in which a known trigger used to code nothing
 * (support verbs with modified nouns, naming of an act, joint acts, approval participles, requests
 * in an adjunct, relative clauses of occurrence, means gerunds, quoted terms).
 */
import { test } from 'node:test';
import { expectEvent, lacksEvent } from './helpers.js';

test('a support verb carries talks behind modifiers or a partitive ("held separate talks with")', () => {
  expectEvent('Qatari mediators held separate talks with Hamas in Doha on Tuesday.', 'CONSULT', 'QAT', 'HAMAS');
  expectEvent('Turkish Foreign Minister Hakan Fidan held two rounds of talks with Sergei Lavrov in Antalya.', 'CONSULT', 'hakan-fidan', 'sergei-lavrov');
  expectEvent('Kenyan President William Ruto held lengthy talks with Abiy Ahmed in Nairobi on Monday.', 'CONSULT', 'william-ruto', 'abiy-ahmed');
});

test('calling a definite act by an accusing label criticises it, target or not', () => {
  expectEvent("Azerbaijan's foreign ministry called the move a provocation.", 'ACCUSE', 'AZE');
  expectEvent('Beijing called the decision unfriendly and said it would respond.', 'ACCUSE', 'CHN');
  expectEvent('Kyiv called the vote a sham.', 'ACCUSE', 'UKR');
  lacksEvent('Nigeria called the meeting constructive.', 'ACCUSE');
});

test('a joint act in an adjunct or behind a hyphenated compound is COOPERATE', () => {
  expectEvent('Somali and Kenyan troops killed 20 al-Shabaab fighters in a joint operation near Kismayo.', 'COOPERATE', 'SOM', 'KEN');
  expectEvent('Russian and Belarusian units held a joint air-defence exercise near Brest on Friday.', 'COOPERATE', 'RUS', 'BLR');
  expectEvent('Israeli and Egyptian forces began joint patrols along the border.', 'COOPERATE', 'ISR', 'EGY');
});

test('a move welcomed or hailed by an actor is SUPPORT by the agent', () => {
  expectEvent('Ruto appointed a new army chief on Monday, in a move welcomed by the United States.', 'SUPPORT', 'USA', 'william-ruto');
  expectEvent('Haftar named a new cabinet, a move hailed by Egypt as a step toward stability.', 'SUPPORT', 'EGY', 'khalifa-haftar');
  expectEvent('Tshisekedi dissolved the electoral commission, a decision praised by Rwanda.', 'SUPPORT', 'RWA');
  lacksEvent('The fund received a loan backed by frozen Russian assets.', 'SUPPORT');
});

test('"at the request of X": X asks the clause subject', () => {
  expectEvent('French troops carried out a raid against jihadists in northern Mali at the request of the Malian government.', 'REQUEST', 'MLI', 'FRA');
  expectEvent('Rwanda sent 1,000 soldiers to Mozambique at the request of the Mozambican government.', 'REQUEST', 'MOZ', 'RWA');
  expectEvent('Russian jets bombed rebel positions in Idlib at the request of the Syrian government.', 'REQUEST', 'SYR', 'RUS');
});

test('taking control of "much of" or "all of" a place is ASSAULT', () => {
  expectEvent('M23 rebels took control of much of Goma on Monday.', 'ASSAULT', 'M23');
  expectEvent('The Arakan Army seized most of the town of Paletwa after weeks of fighting.', 'ASSAULT', 'ARAKAN_ARMY');
  expectEvent("Al-Shabaab overran all of the army's positions near Adale.", 'ASSAULT', 'AL_SHABAAB');
});

test('a brokered truce "that took effect" is RETREAT by its parties; one that "would take effect" is not', () => {
  expectEvent('Qatar brokered a ceasefire between Congo and M23 that took effect on Friday.', 'RETREAT', 'COD', 'M23');
  expectEvent('Washington mediated a truce between Armenia and Azerbaijan, which took effect at midnight.', 'RETREAT', 'ARM', 'AZE');
  expectEvent('Egypt brokered a ceasefire between Israel and Islamic Jihad that came into force on Sunday.', 'RETREAT', 'ISR', 'PIJ');
  lacksEvent('Qatar proposed a ceasefire between Congo and M23 that would take effect on Friday.', 'RETREAT');
});

test('"responded by ..." and "retaliated by ...": the gerund is the same actor\'s act', () => {
  expectEvent('Moscow responded by sending warships to the Baltic.', 'MOBILIZE', 'RUS');
  expectEvent('Pakistan retaliated by suspending all trade with India.', 'SANCTION', 'PAK', 'IND');
  expectEvent('Venezuela responded by announcing the deployment of troops to the border.', 'MOBILIZE', 'VEN');
  expectEvent('Sudan responded by recalling its ambassador from Nairobi.', 'SANCTION', 'SDN');
  lacksEvent('Thousands of people displaced by fighting in Darfur crossed into Chad.', 'ASSAULT');
});

test('a decree granting an amnesty is the signer\'s CONCEDE', () => {
  expectEvent('Putin signed a decree on Friday granting an amnesty to deserters.', 'CONCEDE', 'vladimir-putin');
  expectEvent('Tshisekedi signed an order granting an amnesty to former rebels.', 'CONCEDE', 'felix-tshisekedi');
  expectEvent('Sharaa issued a decree granting a general amnesty to army deserters.', 'CONCEDE', 'ahmed-al-sharaa');
});

test('quotation marks do not hide an infinitive\'s governing verb', () => {
  expectEvent('Britain triggered the "snapback" mechanism on Thursday to reimpose sanctions on Iran.', 'SANCTION', 'GBR', 'IRN');
  expectEvent('Washington invoked the "emergency" clause on Monday to impose tariffs on Canada.', 'SANCTION', 'USA', 'CAN');
  expectEvent('The EU activated its "anti-coercion" instrument to impose sanctions on Belarus.', 'SANCTION', 'EU', 'BLR');
});

test('aid sent together with teams or envoys is still AID', () => {
  expectEvent('Turkey sent a team of engineers and $5 million in aid to Syria.', 'AID', 'TUR', 'SYR');
  expectEvent('Japan sent medical teams and relief supplies to Nepal.', 'AID', 'JPN', 'NPL');
  expectEvent('China sent rescue teams and $13.8 million in emergency aid to Myanmar after the earthquake.', 'AID', 'CHN', 'MMR');
  lacksEvent('Egypt sent a delegation and a letter to Khartoum.', 'AID');
});

test('talks or a visit "wrapped up" were held by the subject', () => {
  expectEvent('Scott Bessent and He Lifeng wrapped up two days of trade talks in Stockholm on Tuesday.', 'CONSULT', 'scott-bessent', 'he-lifeng');
  expectEvent('Putin wrapped up a visit to North Korea on Wednesday.', 'CONSULT', 'vladimir-putin', 'PRK');
  expectEvent('Armenian and Azerbaijani negotiators wrapped up a round of border talks in Gabala.', 'CONSULT', 'ARM', 'AZE');
});

test('"told X during a meeting / in a phone call": the speaker met the addressee', () => {
  expectEvent('Erdogan told Putin in a phone call on Monday that Turkey was ready to host talks.', 'CONSULT', 'recep-tayyip-erdogan', 'vladimir-putin');
  expectEvent('Ruto told Tshisekedi during a meeting in Nairobi that Kenya would help.', 'CONSULT', 'william-ruto', 'felix-tshisekedi');
  expectEvent('Macron told his Algerian counterpart Abdelmadjid Tebboune at talks in Rome that France wanted calm.', 'CONSULT', 'emmanuel-macron', 'abdelmadjid-tebboune');
});
