/** What `help` prints: this shell's honest scope. */
export const HELP_TEXT = `Preflight rehearsal shell — commands run against a simulated cluster on virtual time.

Commands:
  kubectl ARGS...   kubectl v1.32 against the simulated cluster (alias: k)
  sleep DURATION    fast-forward the virtual clock: 30, 30s, 1m30s, 2m
  echo [-n] ARGS    print arguments
  history           list the commands typed in this session
  clear             clear the screen (Ctrl-L too)
  help              this text

Filters for pipes (read stdin only):
  grep [-i -v -E -F -c -w -x -o -n -q -m N] [-e] PATTERN
  head [-n N | -N]    tail [-n N | -N | -n +N]    wc [-l -w -c]
  sort [-r -n -h -u -f -k N[,M] -t X]    uniq [-c -d -u -i]
  cut -d X -f LIST | -c LIST    awk [-F X] '[NR>1 | /re/ | $N == "x"] {print $1, $NF}'

Syntax: 'single' and "double" quotes, \\ escapes, |, &&, ||, ;, # comments.
Not supported: $VARIABLES, $(…) and \`…\`, redirections (<, >, 2>&1), & and subshells.
Keys: ↑/↓ history, Tab completion, Ctrl-C interrupt, Ctrl-L clear, Ctrl-A/E/U/K/W editing.
`;
