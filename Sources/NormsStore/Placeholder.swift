enum _PlaceholderNormsStore {}
