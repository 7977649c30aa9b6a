//@ mode: check
use std::str::Chars;

enum Token<'a> {
    Word(&'a str),
    End,
}

struct Doc {
    body: String,
}

impl Doc {
    fn letters(&self, skip: &str) -> Chars {
        println!("{skip}");
        self.body.chars()
    }
    fn token<'a>(&'a mut self) -> Token {
        Token::Word(&self.body)
    }
}

fn boxed(s: &str) -> Box<Token> {
    Box::new(Token::Word(s))
}

fn maybe<'a>(s: &'a str) -> Option<Token> {
    if s.is_empty() { None } else { Some(Token::Word(s)) }
}

fn main() {
    let mut d = Doc { body: String::from("ab") };
    println!("{}", d.letters("x").count());
    if let Token::Word(w) = d.token() {
        println!("{w}");
    }
    let _ = (boxed("y"), maybe("z"), Token::End);
}
