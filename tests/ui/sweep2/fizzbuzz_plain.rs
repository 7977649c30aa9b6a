// FizzBuzz with if/else chains and a counter of the fizzes.
fn main() {
    let mut fizzes = 0;
    for n in 1..=20 {
        if n % 15 == 0 {
            println!("FizzBuzz");
        } else if n % 3 == 0 {
            println!("Fizz");
            fizzes += 1;
        } else if n % 5 == 0 {
            println!("Buzz");
        } else {
            println!("{}", n);
        }
    }
    println!("fizzes: {fizzes}");
}
