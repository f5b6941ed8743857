"""Country aliases and demonyms, keyed by ISO 3166 alpha-2 code.

GeoNames gives one official name per country; news text uses short forms, historical names
(wire archives span decades) and adjectives ("Syrian forces"). Adjectives count for their
country. Historical states map to their main successor so facets stay stable over time.
"""

from __future__ import annotations

from . import wordlist

# Extra names that mean the country itself.
ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("U.S.", "US", "U.S.A.", "USA", "United States of America", "America"),
    # England, Scotland, Wales and Northern Ireland are regions (data/regions.py): named as
    # themselves, each still counting for the United Kingdom.
    "GB": ("Britain", "Great Britain", "U.K.", "UK"),
    "RU": ("Soviet Union", "USSR", "U.S.S.R.", "Russian Federation"),
    "DE": ("West Germany", "East Germany", "Federal Republic of Germany"),
    "NL": ("Netherlands", "Holland"),
    "KR": ("Korea", "Republic of Korea"),
    "KP": ("Democratic People's Republic of Korea",),
    "CN": ("People's Republic of China", "PRC", "Peking"),
    "TW": ("Republic of China",),
    "CI": ("Cote d'Ivoire",),
    "MM": ("Burma",),
    "CD": ("Zaire", "DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa"),
    "CG": ("Congo", "Congo-Brazzaville", "Republic of Congo"),
    "CZ": ("Czech Republic", "Czechoslovakia"),
    "RS": ("Yugoslavia",),
    "AE": ("UAE", "U.A.E.", "Emirates"),
    "PS": ("Palestine", "West Bank", "Gaza", "Gaza Strip"),
    "VA": ("Vatican City", "Holy See"),
    "TL": ("East Timor",),
    "SZ": ("Swaziland",),
    "MK": ("Macedonia",),
    "CV": ("Cape Verde",),
    "LK": ("Ceylon",),
    "KH": ("Kampuchea",),
    "BJ": ("Dahomey",),
    "BF": ("Upper Volta",),
    "ZW": ("Rhodesia",),
    "IR": ("Persia",),
    "TR": ("Turkiye",),
    "YE": ("North Yemen", "South Yemen"),
    "VN": ("Viet Nam",),
    "PH": ("The Philippines",),
    "BA": ("Bosnia", "Bosnia-Herzegovina"),
    "TT": ("Trinidad", "Trinidad-Tobago"),
    "AG": ("Antigua",),
    "KN": ("St Kitts", "Saint Kitts"),
    "ST": ("Sao Tome",),
    "FK": ("Falklands",),
    "FO": ("Faroes",),
    "BY": ("Byelorussia", "Belorussia"),
    "MD": ("Moldavia",),
    "KG": ("Kirghizia",),
    # Older spellings the 1980s wires use.
    "SR": ("Surinam",),
    "CM": ("Cameroun",),
    "RO": ("Rumania",),
    "LU": ("Luxemburg",),
}

# Adjectives and nouns for nationals; plurals are generated ("Syrians").
DEMONYMS: dict[str, tuple[str, ...]] = {
    "AF": ("Afghan",), "AL": ("Albanian",), "DZ": ("Algerian",), "AO": ("Angolan",),
    "AR": ("Argentine", "Argentinian", "Argentinean"), "AM": ("Armenian",),
    "AU": ("Australian", "Aussie"), "AT": ("Austrian",), "AZ": ("Azerbaijani", "Azeri"),
    "BH": ("Bahraini",), "BD": ("Bangladeshi",), "BY": ("Belarusian", "Byelorussian"),
    "BE": ("Belgian",),
    "BO": ("Bolivian",), "BA": ("Bosnian",), "BR": ("Brazilian",), "BG": ("Bulgarian",),
    "KH": ("Cambodian", "Kampuchean"), "CM": ("Cameroonian",), "CA": ("Canadian",),
    "CL": ("Chilean",),
    "CN": ("Chinese",), "CO": ("Colombian",), "CR": ("Costa Rican",), "HR": ("Croatian", "Croat"),
    "CU": ("Cuban",), "CY": ("Cypriot",), "CZ": ("Czech", "Czechoslovak", "Czechoslovakian"),
    "DK": ("Danish", "Dane"),
    "DO": ("Dominican",), "EC": ("Ecuadorean", "Ecuadorian"), "EG": ("Egyptian",),
    "SV": ("Salvadoran", "Salvadorean"), "EE": ("Estonian",), "ET": ("Ethiopian",),
    "FI": ("Finnish", "Finn"), "FR": ("French", "Frenchman"), "GE": ("Georgian",),
    "DE": ("German", "West German", "East German"), "GH": ("Ghanaian",),
    "GR": ("Greek",), "GT": ("Guatemalan",), "HT": ("Haitian",), "HN": ("Honduran",),
    "HU": ("Hungarian",), "IS": ("Icelandic", "Icelander"), "IN": ("Indian",),
    "ID": ("Indonesian",), "IR": ("Iranian",), "IQ": ("Iraqi",), "IE": ("Irish",),
    "IL": ("Israeli",), "IT": ("Italian",), "CI": ("Ivorian",), "JM": ("Jamaican",),
    "JP": ("Japanese",), "JO": ("Jordanian",), "KZ": ("Kazakh",), "KE": ("Kenyan",),
    "KW": ("Kuwaiti",), "KG": ("Kyrgyz",), "LA": ("Laotian",), "LV": ("Latvian",),
    "LB": ("Lebanese",), "LR": ("Liberian",), "LY": ("Libyan",), "LT": ("Lithuanian",),
    "LU": ("Luxembourg",), "MG": ("Malagasy",), "MW": ("Malawian",), "MY": ("Malaysian",),
    "ML": ("Malian",), "MT": ("Maltese",), "MR": ("Mauritanian",), "MX": ("Mexican",),
    "MD": ("Moldovan",), "MN": ("Mongolian",), "ME": ("Montenegrin",), "MA": ("Moroccan",),
    "MZ": ("Mozambican",), "MM": ("Burmese",), "NA": ("Namibian",), "NP": ("Nepalese", "Nepali"),
    "NL": ("Dutch", "Dutchman"), "NZ": ("New Zealander",), "NI": ("Nicaraguan",),
    "NE": ("Nigerien",), "NG": ("Nigerian",), "KP": ("North Korean",), "NO": ("Norwegian",),
    "OM": ("Omani",), "PK": ("Pakistani",), "PS": ("Palestinian",), "PA": ("Panamanian",),
    "PY": ("Paraguayan",), "PE": ("Peruvian",), "PH": ("Philippine", "Filipino"),
    "PL": ("Polish", "Pole"), "PT": ("Portuguese",), "QA": ("Qatari",),
    "RO": ("Romanian", "Rumanian"),
    "RU": ("Russian", "Soviet"), "RW": ("Rwandan",), "SA": ("Saudi", "Saudi Arabian"),
    "SN": ("Senegalese",), "RS": ("Serbian", "Serb", "Yugoslav", "Yugoslavian"),
    "SG": ("Singaporean",),
    "SK": ("Slovak",), "SI": ("Slovenian", "Slovene"), "SO": ("Somali",),
    "ZA": ("South African",), "KR": ("South Korean", "Korean"), "SS": ("South Sudanese",),
    "ES": ("Spanish", "Spaniard"), "LK": ("Sri Lankan",), "SD": ("Sudanese",),
    "SE": ("Swedish", "Swede"), "CH": ("Swiss",), "SY": ("Syrian",), "TW": ("Taiwanese",),
    "TJ": ("Tajik",), "TZ": ("Tanzanian",), "TH": ("Thai",), "TN": ("Tunisian",),
    "TR": ("Turkish", "Turk"), "TM": ("Turkmen",), "UG": ("Ugandan",), "UA": ("Ukrainian",),
    "AE": ("Emirati",), "GB": ("British", "Briton", "English", "Scottish", "Welsh"),
    "US": ("American",), "UY": ("Uruguayan",), "UZ": ("Uzbek",), "VE": ("Venezuelan",),
    "VN": ("Vietnamese",), "YE": ("Yemeni",), "ZM": ("Zambian",), "ZW": ("Zimbabwean",),
    "CG": ("Congolese",), "GN": ("Guinean",), "TG": ("Togolese",),
    "BJ": ("Beninese",), "BW": ("Botswanan",),
    "MK": ("Macedonian",), "XK": ("Kosovar", "Kosovan"), "ER": ("Eritrean",),
    "SL": ("Sierra Leonean",), "GM": ("Gambian",), "BI": ("Burundian",), "TD": ("Chadian",),
    "GA": ("Gabonese",), "FJ": ("Fijian",), "TT": ("Trinidadian",), "BB": ("Barbadian",),
    "BS": ("Bahamian",), "GY": ("Guyanese",), "PR": ("Puerto Rican",), "MU": ("Mauritian",),
    "BF": ("Burkinabe",), "BN": ("Bruneian",), "BT": ("Bhutanese",), "DJ": ("Djiboutian",),
    "CD": ("Zairean", "Zairian"), "BM": ("Bermudian",),
    "PG": ("Papua New Guinean",), "BZ": ("Belizean",), "FO": ("Faroese",),
}

# Words that, right after an adjective, mean money rather than the country ("Australian dlr").
CURRENCY_WORDS: frozenset[str] = frozenset(wordlist(
    "dlr dlrs dollar dollars franc francs mark marks pound pounds yen lira lire peso pesos "
    "crown crowns krona kronor krone kroner rand rupee rupees shilling shillings guilder "
    "guilders escudo escudos peseta pesetas drachma drachmas schilling schillings currency "
    "won yuan ringgit baht rupiah riyal riyals dinar dinars real cruzado cruzados austral "
    "bolivar sucre"))

# States by their wire-style abbreviations ("PORTLAND, Ore.", "Trenton, N.J.", "Newark, NJ"):
# the style-book and postal forms, as folded keys. Several are words ("Ill.", "Mass.",
# "Miss."), so they are read only right after a town and a comma.
US_STATES: dict[str, str] = {
    abbr: state for state, abbrs in (line.split(":") for line in """
Alabama: ala al|Alaska: ak|Arizona: ariz az|Arkansas: ark ar|California: calif cal ca|
Colorado: colo co|Connecticut: conn ct|Delaware: del de|Florida: fla fl|Georgia: ga|Hawaii: hi|
Idaho: id|Illinois: ill il|Indiana: ind in|Iowa: ia|Kansas: kan kans ks|Kentucky: ky|
Louisiana: la|Maine: me|Maryland: md|Massachusetts: mass ma|Michigan: mich mi|
Minnesota: minn mn|Mississippi: miss ms|Missouri: mo|Montana: mont mt|Nebraska: neb nebr ne|
Nevada: nev nv|New Hampshire: nh|New Jersey: nj|New Mexico: nm|New York: ny|
North Carolina: nc|North Dakota: nd|Ohio: oh|Oklahoma: okla ok|Oregon: ore or|
Pennsylvania: pa penn|Rhode Island: ri|South Carolina: sc|South Dakota: sd|Tennessee: tenn tn|
Texas: tex tx|Utah: ut|Vermont: vt|Virginia: va|Washington: wash wa|West Virginia: wva wv|
Wisconsin: wis wisc wi|Wyoming: wyo wy|District of Columbia: dc
""".replace("\n", "").strip("|").split("|")) for abbr in abbrs.split()}
_US_WORDS = ("alabama alaska arizona arkansas california colorado connecticut delaware florida "
             "georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland "
             "massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio "
             "oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington "
             "wisconsin wyoming")
_CA = ("ontario ont quebec que alberta alta manitoba man saskatchewan sask nova scotia "
       "brunswick newfoundland columbia bc pei yukon")
# Second dateline parts ("PORTLAND, Ore., March 3 -") that fix the country of the city.
DATELINE_REGIONS: dict[str, str] = {**{w: "United States" for w in wordlist(_US_WORDS)},
                                    **dict.fromkeys(US_STATES, "United States"),
                                    **{w: "Canada" for w in wordlist(_CA)}}
