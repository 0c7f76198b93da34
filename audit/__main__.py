from audit.cli.__main__ import main

if __name__ == "__main__":  # multiprocessing (spawn) imports this module in its workers
    main()
