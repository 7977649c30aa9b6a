// `matches!` with plain patterns, or-patterns, ranges and a guard.
enum Animal {
    Dog(u8),
    Cat(u8),
    Fish,
}

fn main() {
    let pets = (Animal::Dog(3), Animal::Cat(12), Animal::Fish);
    println!("{}", matches!(pets.0, Animal::Dog(_)));
    println!("{}", matches!(pets.1, Animal::Dog(_) | Animal::Cat(_)));
    println!("{}", matches!(pets.2, Animal::Dog(_)));
    let age = 7;
    println!("{}", matches!(age, 1..=9));
    println!("{}", matches!(pets.1, Animal::Cat(n) if n > 10));
    println!("{}", matches!(pets.0, Animal::Cat(n) | Animal::Dog(n) if n > 10));
    let c = 'x';
    if matches!(c, 'a'..='z' | 'A'..='Z') {
        println!("a letter");
    }
}
