from audit.cli.app import main

if __name__ == "__main__":  # multiprocessing (spawn) imports this module in its workers
    main()
