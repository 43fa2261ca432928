"""Names of non-state armed and militant groups that the small English model reads as people or places.

The model has no notion of "Boko Haram" or "Fano" as an organization, and a name's type decides what an
actor can be across reports (a person and a group never merge). Only names that cannot be a person's or a
place's are listed, each as it is commonly written; a name appearing here is an organization wherever it
stands on its own.
"""

from __future__ import annotations

ARMED_GROUP_NAMES: frozenset[str] = frozenset(
    {
        "Abu Sayyaf", "Ahrar al-Sham", "Al-Shabaab", "al-Shabaab", "Al Shabaab", "al-Qaeda", "Al-Qaeda",
        "al-Nusra", "Jabhat al-Nusra", "Ansar Allah", "Ansar Dine", "Ansaru", "Ansar al-Sharia",
        "Boko Haram", "CODECO", "Fano", "Hamas", "Hayat Tahrir al-Sham", "Hezbollah", "Hizbullah",
        "Houthis", "Hurras al-Din", "ISWAP", "JNIM", "Janjaweed", "Jaish-e-Mohammed", "Jaish al-Adl",
        "Kataib Hezbollah", "Kata'ib Hezbollah", "Lakurawa", "Lashkar-e-Taiba", "Mai-Mai", "Mai Mai",
        "M23", "Séléka", "Seleka", "anti-balaka", "Anti-balaka", "Taliban", "Tehrik-i-Taliban Pakistan",
        "Viv Ansanm", "Wagner", "Polisario", "Tatmadaw",
        # Latin America's cartels, gangs and guerrillas, which the model reads as Spanish or Portuguese words.
        "Clan del Golfo", "Gulf Clan", "Cárteles Unidos", "Carteles Unidos", "Los Choneros", "Los Lobos",
        "Tren de Aragua", "Comando Vermelho", "Primeiro Comando da Capital", "Familia Michoacana",
        "Los Viagras", "Gran Grif", "400 Mawozo", "Segunda Marquetalia", "Sendero Luminoso", "Shining Path",
        # Africa's militias and jihadist groups.
        "Wazalendo", "Twirwaneho", "Red-Tabara", "FDLR", "Nyatura", "Raia Mutomboki", "Ansarul Islam",
        "Katiba Macina", "Ansar al-Sunna", "Ahlu Sunnah Wal Jamaa", "Mahmuda",
        # The Middle East's and South Asia's militias.
        "Asa'ib Ahl al-Haq", "Harakat al-Nujaba", "Kata'ib Sayyid al-Shuhada", "Saraya al-Salam",
        "Liwa Fatemiyoun", "Lashkar-e-Jhangvi", "Jamaat-ul-Ahrar", "Dawlah Islamiyah", "Islamic State", "Daesh",
    }
)  # fmt: skip
