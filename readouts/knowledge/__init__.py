"""What the pipeline knows: the gazetteer of persons and offices (`gazetteer`, its `coverage`,
`petrarch` imports), each language's phrase automaton built from its pack (`lexicon` over
`matcher`), Latin spellings of unknown names (`translit`), and the build-once `cache` of all of
it. The data itself lives beside the code: `readouts/packs/` (one pack per language) and
`readouts/data/` (gazetteer, places, topics, given names, the confidence model)."""
