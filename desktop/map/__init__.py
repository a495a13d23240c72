"""The offline map (issue 12): a QGraphicsView over MBTiles basemaps with the taxpayers, the
zones and the agent's position. No web engine, no network: tiles come from files on the device."""
