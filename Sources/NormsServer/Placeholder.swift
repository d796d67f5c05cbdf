enum _PlaceholderNormsServer {}
