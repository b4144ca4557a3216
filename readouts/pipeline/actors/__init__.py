"""Actors: find person mentions in a sentence and resolve them to gazetteer persons.

Mentions are full names, surnames/short forms, and role nouns ("נשיא רוסיה",
"رئيس الوزراء الإسرائيلي", "the German foreign minister", "نظيره"). A role
composes with a country name or demonym beside it, and with a name beside it
(apposition: the name wins, the role only labels it). Resolution:
  full name  → that person (if two share it: the one named elsewhere, then office on date)
  short form → the candidate named in full elsewhere in the article, else the single
               candidate in office on the date, else the only candidate whose recorded
               career had begun by the date; ambiguity → unresolved
  role       → the holder of COUNTRY.kind on the date; a bare role (no country) → the one
               person named in the article who held that kind of office then
Unresolved mentions keep their surface form and are never guessed.

The stage reads in this order, one module each:
  mentions  the mentions and the analysis of a sentence
  words     whether a word may be part of a name, where a name ends
  names     names the gazetteer lacks, read from titles, given names and offices
  analyse   one sentence's matches composed into mentions
  free      `add_free_names`: the persons no automaton found
  article   what the whole article tells: surnames, rulers, offices and their dates
  spelling  how alike two spellings of a name are
  resolver  a mention to a gazetteer person on a date
"""
from readouts.pipeline.actors.mentions import ActorMention, SentenceAnalysis
from readouts.pipeline.actors.words import POSSESSIVE, holders_by_surname, title_cased
from readouts.pipeline.actors.analyse import analyse, envoy_names, received_noun
from readouts.pipeline.actors.free import add_free_names, skeleton_names
from readouts.pipeline.actors.article import (article_surnames, date_window, summit_word, surname_may_come, surnames_named,
                                              titled_offices, two_countries_leaders)
from readouts.pipeline.actors.spelling import in_order
from readouts.pipeline.actors.resolver import Resolver

__all__ = ["ActorMention", "SentenceAnalysis", "POSSESSIVE", "holders_by_surname", "title_cased", "analyse", "envoy_names",
           "received_noun", "add_free_names", "skeleton_names", "article_surnames", "date_window", "summit_word",
           "surname_may_come", "surnames_named", "titled_offices", "two_countries_leaders", "in_order", "Resolver"]
