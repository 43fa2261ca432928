from wirewatch.cli import run

run()
