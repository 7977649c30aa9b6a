// How many layers of clothing to wear: 2 when it is below 10 degrees, else 1.
// Expected output: 12 degrees: 1 layer(s)

fn main() {
    let temperature = 12;
    let layers = if temperature < 10 { 2 } else { 1 };
    println!("{temperature} degrees: {layers} layer(s)");
}
