"""Text handling: HTML to article text, language identification, normalisation, phrase matching."""
