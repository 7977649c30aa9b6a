// Immutable statics of Copy types, read like constants.
static GREETING: &str = "hello";
static MAX_USERS: usize = 3;
static SEPARATOR: char = '-';

fn main() {
    for i in 0..MAX_USERS {
        println!("{GREETING} user {i}");
    }
    println!("{}", SEPARATOR);
}
