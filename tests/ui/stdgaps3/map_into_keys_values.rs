use std::collections::{BTreeMap, HashMap};

struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut scores: HashMap<String, u32> = HashMap::new();
    scores.insert(String::from("ann"), 90);
    scores.insert(String::from("bob"), 75);
    scores.insert(String::from("cyd"), 82);
    let mut names: Vec<String> = scores.clone().into_keys().collect();
    names.sort();
    println!("{:?}", names);
    let total: u32 = scores.into_values().sum();
    println!("total = {}", total);

    let mut ages = BTreeMap::new();
    ages.insert("zed", 31);
    ages.insert("amy", 25);
    ages.insert("max", 40);
    let keys: Vec<&str> = ages.clone().into_keys().collect();
    println!("{:?}", keys);
    for age in ages.clone().into_values() {
        println!("age {}", age);
    }
    let last = ages.into_values().rev().next();
    println!("{:?}", last);

    let mut pets = BTreeMap::new();
    pets.insert(2, Noisy("cat"));
    pets.insert(1, Noisy("dog"));
    pets.insert(3, Noisy("eel"));
    for k in pets.into_keys() {
        println!("key {}", k);
        if k == 2 {
            break;
        }
    }
    println!("done");
}
