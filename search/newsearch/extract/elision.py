"""Elided particles inside names: "Valery Giscard d'Estaing", "Caisse d'Epargne de l'Etat".

French and Italian write the particles "de" and "le"/"la" before a vowel as "d'" and "l'",
joined to the next word, which keeps its capital. Without them the scanner's run of capitalised
words ends at the lower-case "d'", and the person is cut to "Valery Giscard". :mod:`.scan` lets
a run go on over an elided particle, as it does over an Arabic article joined by "-"
("Ali al-Sabah"); the particle and its word are then one word of the name.
"""

from __future__ import annotations

# The elided particles, as a regular expression for the scanner: lower-case, so a capital's
# apostrophe ("D'Arcy", "O'Neill") stays the word's own, as before; French "a" (for "à")
# comes before "l'" only inside a name ("Caisse d'Aide a l'Equipement des Collectivites").
ELIDED = r"(?:a[ \t]+l['’]|[dl]['’])"


def is_elided(word: str) -> bool:
    """Whether ``word`` opens with an elided particle before a capital ("d'Estaing")."""
    return len(word) > 2 and word[0] in "dl" and word[1] in "'’" and word[2].isupper()
