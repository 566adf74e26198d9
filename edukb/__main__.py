from edukb.cli import main

main()
