"""Pipeline steps that find what an article reports: relevance, type, places, actors, dates, fatalities."""
