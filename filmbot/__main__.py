from filmbot.cli import main

raise SystemExit(main())
