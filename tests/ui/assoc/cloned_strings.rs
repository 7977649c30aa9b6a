// `cloned` gives owned copies; the vector keeps its own strings.
#[derive(Clone, Debug)]
struct Pet {
    name: String,
    age: u8,
}

fn main() {
    let names = vec![String::from("ann"), String::from("bo")];
    for mut n in names.iter().cloned() {
        n.push('!');
        println!("{}", n);
    }
    println!("{:?}", names);
    let pets = vec![Pet { name: String::from("rex"), age: 3 }];
    for p in pets.iter().cloned() {
        println!("{:?}", p);
    }
    println!("{} {}", pets[0].name, pets[0].age);
}
