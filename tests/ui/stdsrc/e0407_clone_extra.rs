// A method that `Clone` does not declare.
#[derive(Debug)]
struct Token(char);

impl Clone for Token {
    fn clone(&self) -> Token {
        Token(self.0)
    }

    fn duplicate(&self) -> Token {
        Token(self.0)
    }
}

fn main() {
    println!("{:?}", Token('a').clone());
}
