// An enum printed with `{}` needs a `Display` impl.
enum Weather {
    Sunny,
    Rainy,
}

fn main() {
    let today = Weather::Rainy;
    println!("Today is {}", today);
    match today {
        Weather::Sunny => println!("sunglasses"),
        Weather::Rainy => println!("umbrella"),
    }
}
