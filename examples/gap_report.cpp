// Placeholder until the registry lands: prints nothing useful yet.
int main() { return 0; }
